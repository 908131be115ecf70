using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StandardBearer.Core.Demo;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>A body's admin imports past results: a bad file is listed back line by line, a good one is imported and recorded.</summary>
public sealed class ResultsImportJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Header = "organisation,sector,region,certification_body,assessment_date,assessment_type,element,rating";

    [BrowserFact]
    public async Task BodyAdmin_UploadsABadFileThenAGoodOne()
    {
        const string body = "Northern Quality Certification";
        var folder = Directory.CreateTempSubdirectory("sb-results");
        var bad = Path.Combine(folder.FullName, "results-bad.csv");
        var good = Path.Combine(folder.FullName, "results-2024.csv");
        await File.WriteAllTextAsync(bad, string.Join("\r\n",
            Header,
            $"Riverside Borough Council,,,{body},2024-03-01,Initial,1.1.1,Compliance",
            $"Riverside Borough Council,,,{body},2024-03-01,Initial,9.9.9,Compliance",
            $"Riverside Borough Council,,,{body},2024-03-01,Initial,1.1.2,Outstanding") + "\r\n");
        await File.WriteAllTextAsync(good, string.Join("\r\n",
            Header,
            $"Riverside Borough Council,,,{body},2024-03-01,Initial,1.1.1,Compliance Plus",
            $"Riverside Borough Council,,,{body},2024-03-01,Initial,1.1.2,Compliance",
            $"Hartley Vale District Council,Local government,North West,{body},2023-05-10,Initial,1.1.1,Partial Compliance") + "\r\n");
        var bodyId = await app.WithDbAsync(db => db.CertificationBodies.Where(b => b.Name == body).Select(b => b.Id).SingleAsync());

        var page = await app.NewPageAsync();
        await Journeys.SignInAsync(page, "admin@nqc.example", DemoSeeder.Password);
        await page.GotoAsync($"/bodies/{bodyId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import past results" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Import past results");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("CSV file of results").SetInputFilesAsync(bad);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import results" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The selected file has 2 problems, so nothing was imported");
        await Assertions.Expect(page.Locator("#problems tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#problems tbody tr").Nth(0)).ToContainTextAsync("3");
        await Assertions.Expect(page.Locator("#problems tbody tr").Nth(1)).ToContainTextAsync("rating \"Outstanding\" is not a rating of CSE");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("CSV file of results").SetInputFilesAsync(good);
        await page.GetByLabel("Create organisations that are not on StandardBearer yet").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import results" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Results imported from results-2024.csv");
        await Assertions.Expect(page.Locator("#imported-summary")).ToHaveTextAsync("2 assessments from 3 rows: 2 added, 0 updated, 0 unchanged; 1 organisation created.");
        await Assertions.Expect(page.Locator("#history tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("results-2024.csv");
        await Accessibility.AssertNoViolationsAsync(page);
        folder.Delete(recursive: true);
    }
}
