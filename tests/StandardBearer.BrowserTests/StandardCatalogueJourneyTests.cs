using Microsoft.Playwright;
using StandardBearer.Core.Demo;
using StandardBearer.Core.Standards.Packs;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>The public reads the standard; the owner uploads a pack, sees its preview and publishes it.</summary>
public sealed class StandardCatalogueJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task Public_BrowsesTheStandardAndAnElement()
    {
        var page = await app.NewPageAsync();
        // The built-in version explicitly: another test in this class publishes a newer one.
        await page.GotoAsync("/standard?version=summaries-1");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Customer Service Excellence");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "4.3.2 Easy complaints procedure" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("4.3.2 Easy complaints procedure");
        await Assertions.Expect(page.Locator(".govuk-inset-text")).ToContainTextAsync("not the official wording");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Next element : 4.3.3 Complaints investigated" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("4.3.3 Complaints investigated");
    }

    [BrowserFact]
    public async Task Owner_UploadsPreviewsAndPublishesAPack()
    {
        var folder = Directory.CreateTempSubdirectory("sb-pack");
        var bad = Path.Combine(folder.FullName, "bad.json");
        var good = Path.Combine(folder.FullName, "cse-2026.json");
        await File.WriteAllTextAsync(bad, "{ \"code\": \"CSE\" }");
        var builtIn = BuiltInPacks.CseSummaries();
        await File.WriteAllTextAsync(good, PackReader.Write(builtIn with
        {
            Version = "2026-official",
            Wording = "official",
            Criteria = builtIn.Criteria.Select(c => c with
            {
                SubCriteria = c.SubCriteria.Select(s => s with
                {
                    Elements = s.Elements.Select(e => e.Number == "1.1.1" ? e with { Statement = "Official wording of 1.1.1.", Guidance = "Official guidance.", ShowMe = "Customer profiles." } : e).ToList(),
                }).ToList(),
            }).ToList(),
        }));

        var page = await app.NewPageAsync();
        await Journeys.SignInAsync(page, "owner@cse-centre.example", DemoSeeder.Password);
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Standards and their versions" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import a standard pack" }).ClickAsync();

        await page.GetByLabel("Standard pack (JSON, up to 5 MB)").SetInputFilesAsync(bad);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import as draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("$.title");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Standard pack (JSON, up to 5 MB)").SetInputFilesAsync(good);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import as draft" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Version 2026-official");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("1 changed: 1.1.1 (statement, guidance, show me)");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2026-official" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Version published");
        await Accessibility.AssertNoViolationsAsync(page);

        var reader = await app.NewPageAsync();
        await reader.GotoAsync("/standard/elements/1.1.1");
        await Assertions.Expect(reader.Locator(".govuk-body-l")).ToHaveTextAsync("Official wording of 1.1.1.");
        await Assertions.Expect(reader.Locator(".govuk-inset-text")).ToHaveCountAsync(0);
        await reader.GetByText("Show me").ClickAsync();
        await Assertions.Expect(reader.Locator(".govuk-details__text")).ToContainTextAsync("Customer profiles.");
        await Accessibility.AssertNoViolationsAsync(reader);
        folder.Delete(recursive: true);
    }
}
