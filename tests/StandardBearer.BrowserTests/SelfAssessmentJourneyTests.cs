using System.IO.Compression;
using Microsoft.Playwright;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>
/// An organisation admin starts a self-assessment, rates and evidences an element, uploads a file, links it to a
/// second element, reads the readiness summary and downloads the evidence pack for the assessor.
/// </summary>
public sealed class SelfAssessmentJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task Admin_SelfAssessesWithEvidenceAndDownloadsThePack()
    {
        // A new organisation: the demo ones already have a self-assessment in progress.
        var tenant = await app.Data.CreateOrganisationWithUsersAsync("Seaview Fire and Rescue Service");
        var basePath = $"/organisations/{tenant.Id}/self-assessment";
        var folder = Directory.CreateTempSubdirectory("sb-journey");
        var upload = Path.Combine(folder.FullName, "Customer panel minutes.pdf");
        await File.WriteAllBytesAsync(upload, StandardBearer.Core.Demo.DemoFiles.Pdf("Customer panel minutes", "The panel met in March."));

        var page = await app.NewPageAsync();
        await Journeys.SignInAsync(page, tenant.Admin.Email, TestData.Password);
        await page.GotoAsync(basePath);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a self-assessment" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-task-list__item")).ToHaveCountAsync(57);
        await Accessibility.AssertNoViolationsAsync(page);

        // Rate and describe 1.1.1, then upload evidence for it from the element page.
        await page.GetByRole(AriaRole.Link, new() { Name = "1.1.1 Customer groups profiled" }).ClickAsync();
        await page.GetByLabel("Compliance", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("How we meet this element").FillAsync("We profile our customers every year from the census and our own records.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Element 1.1.1 saved");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Upload new evidence" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add evidence" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a title");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Title").FillAsync("Customer panel minutes");
        await page.GetByLabel("Document").CheckAsync();
        await page.GetByLabel("Tags (optional)").FillAsync("panel, consultation");
        await page.GetByLabel("Upload files (optional)").SetInputFilesAsync(upload);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add evidence" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("1.1.1");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Customer panel minutes.pdf");
        await Accessibility.AssertNoViolationsAsync(page);

        // Link the same item to 1.1.2 by searching the library by tag.
        await page.GotoAsync($"{basePath}/elements/1.1.2");
        await page.GetByRole(AriaRole.Link, new() { Name = "Link evidence from the library" }).ClickAsync();
        await page.GetByRole(AriaRole.Searchbox).Or(page.GetByRole(AriaRole.Textbox)).First.FillAsync("panel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Customer panel minutes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Link evidence" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Customer panel minutes.pdf");
        await Accessibility.AssertNoViolationsAsync(page);

        // The task list counts it for both elements; readiness carries every figure in its table.
        await page.GotoAsync(basePath);
        await Assertions.Expect(page.Locator(".govuk-task-list__item", new() { HasText = "1.1.1 Customer groups profiled" })).ToContainTextAsync("1 evidence item");
        await Assertions.Expect(page.Locator(".govuk-task-list__item", new() { HasText = "1.1.2" })).ToContainTextAsync("1 evidence item");
        await page.GetByRole(AriaRole.Link, new() { Name = "See how ready you are" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("56 of 57 elements are not yet rated");
        await Assertions.Expect(page.Locator("table").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        // The evidence pack for the assessor.
        await page.GotoAsync(basePath);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download evidence pack" }).Or(page.GetByRole(AriaRole.Button, new() { Name = "Download evidence pack" })).First.ClickAsync());
        var saved = Path.Combine(folder.FullName, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
        using (var zip = ZipFile.OpenRead(saved))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("index.html", names);
            Assert.Contains("index.csv", names);
            var file = Assert.Single(names, n => n.EndsWith("Customer panel minutes.pdf", StringComparison.Ordinal));
            using var reader = new StreamReader(zip.GetEntry("index.csv")!.Open());
            var csv = await reader.ReadToEndAsync();
            Assert.Contains("1.1.1", csv, StringComparison.Ordinal);
            Assert.Contains("1.1.2", csv, StringComparison.Ordinal);
            Assert.Contains(file, csv, StringComparison.Ordinal);
        }
        folder.Delete(recursive: true);
    }
}
