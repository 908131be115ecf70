using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StandardBearer.Core.Common;
using StandardBearer.Core.Reports;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>
/// Issue 9, the board report: an organisation admin whose assessment report is released records the year's costs and
/// staff time against a budget, generates the report for that year (its costs section over budget), changes the
/// recommendations, regenerates the report and finds the change kept, then downloads the Word document. Every page
/// on the way is scanned with axe.
/// </summary>
public sealed class BoardReportJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task Admin_RecordsCosts_GeneratesTheReport_EditsASection_KeepsItOnRegenerate_AndDownloadsTheDocx()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);
        var year = Assert.Single(await app.WithDbAsync(db => BoardReportQueries.AssessmentYearsAsync(db, a.Organisation.Id)));
        var folder = Directory.CreateTempSubdirectory("sb-journey");
        const string Recommendation = "We recommend that the council continues to hold the standard and books its next annual review.";

        var page = await app.NewPageAsync();
        await Journeys.SignInAsync(page, a.Organisation.Admin.Email, TestData.Password);

        // Record the year's costs first: the budget, staff time in days and hours, and the assessment fee.
        await CostsJourneyTests.RecordCostsAsync(page, a.Organisation.Id, year, Accessibility.AssertNoViolationsAsync);

        await page.GotoAsync($"/organisations/{a.Organisation.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Board reports", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Board reports");
        await Assertions.Expect(page.Locator("#board-report-years tbody tr")).ToContainTextAsync("Not generated");
        await Accessibility.AssertNoViolationsAsync(page);

        // Generate: the year of the released assessment is suggested.
        await Assertions.Expect(page.GetByLabel("Year of the report")).ToHaveValueAsync(year.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate or open the report" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Report drafted from your records");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Board report {year}");
        await Assertions.Expect(page.Locator("main section h2")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator("#section-5")).ToContainTextAsync("against a budget of £2,000 (£400 over budget)");
        await Assertions.Expect(page.Locator("#section-5")).ToContainTextAsync("(0.5 days over budget)");
        await Accessibility.AssertNoViolationsAsync(page);

        // Change section 6, the recommendations: an empty text is refused first.
        await page.Locator("#section-6").GetByRole(AriaRole.Link).Filter(new() { HasText = "Change" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("6. ");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Text of the section").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save section" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the text of the section");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Text of the section").FillAsync($"{Recommendation}\n\n- Contact officer: the CSE lead");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save section" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Section 6 saved");
        await Assertions.Expect(page.Locator("#section-6 .govuk-tag")).ToHaveTextAsync("Edited");
        await Assertions.Expect(page.Locator("#section-6")).ToContainTextAsync(Recommendation);
        await Accessibility.AssertNoViolationsAsync(page);

        // Regenerate: the edit is kept.
        await page.GetByRole(AriaRole.Button, new() { Name = "Regenerate" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Report regenerated");
        await Assertions.Expect(page.Locator("#section-6")).ToContainTextAsync(Recommendation);
        await Assertions.Expect(page.Locator("#section-6 .govuk-tag")).ToHaveTextAsync("Edited");
        await Accessibility.AssertNoViolationsAsync(page);

        // Download the Word document.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Word document (DOCX)" }).ClickAsync());
        Assert.Equal($"board-report-{ExportNames.Slug(a.Organisation.Name)}-{year}.docx", download.SuggestedFilename);
        var saved = Path.Combine(folder.FullName, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        using (var docx = WordprocessingDocument.Open(saved, false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(docx).Select(e => e.Description));
            Assert.Contains(Recommendation, docx.MainDocumentPart!.Document.InnerText, StringComparison.Ordinal);
        }
        folder.Delete(recursive: true);
    }
}
