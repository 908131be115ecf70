using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Reports;
using StandardBearer.Testing;
using StandardBearer.Web.Tests.Pages.Certificates;

namespace StandardBearer.Web.Tests.Pages.Reports;

/// <summary>
/// The board report pages: the list of years and the generate form, the report with its downloads, and changing a
/// section. Members read and download; only admins generate, regenerate, change and refresh.
/// </summary>
public abstract class BoardReportPagesTests(AppFixture app)
{
    private const int Year = 2024;

    private static string List(TestTenant t) => $"/organisations/{t.Id}/reports/board";

    private static string Report(TestTenant t, int year = Year) => $"/organisations/{t.Id}/reports/board/{year}";

    private static string Section(TestTenant t, int number, int year = Year) => $"{Report(t, year)}/sections/{number}";

    private static string Text(AngleSharp.Dom.IElement? element) => Regex.Replace(element?.TextContent ?? "", @"\s+", " ").Trim();

    private Task<BoardReport> GenerateAsync(TestTenant t, int year = Year) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<BoardReportService>().GenerateAsync(t.Id, year, TestData.ActorFor(t.Admin)));

    private Task<BoardReportSection> SectionAsync(TestTenant t, int number, int year = Year) =>
        app.WithDbAsync(db => db.Set<BoardReportSection>().AsNoTracking()
            .SingleAsync(s => s.Number == number && db.Set<BoardReport>().Any(r => r.Id == s.BoardReportId && r.OrganisationId == t.Id && r.Year == year)));

    [DbFact]
    public async Task List_AdminAndMember_SeeTheAssessedYears_OnlyTheAdminHasTheForm()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);
        var assessed = Assert.Single(await app.WithDbAsync(db => BoardReportQueries.AssessmentYearsAsync(db, a.Organisation.Id)));

        var (adminResponse, adminPage) = await (await app.ClientFor(a.Organisation.Admin.Email)).GetPageAsync(List(a.Organisation));
        var (memberResponse, memberPage) = await (await app.ClientFor(a.Organisation.Member.Email)).GetPageAsync(List(a.Organisation));

        Assert.Equal(HttpStatusCode.OK, adminResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, memberResponse.StatusCode);
        var row = Assert.Single(adminPage.QuerySelectorAll("#board-report-years tbody tr"));
        Assert.Equal($"{assessed} Report released Not generated", Text(row));
        Assert.Equal(assessed.ToString(System.Globalization.CultureInfo.InvariantCulture), adminPage.QuerySelector("#generate-form input[name='Input.Year']")!.GetAttribute("value"));
        Assert.Null(memberPage.QuerySelector("#generate-form"));
    }

    [DbFact]
    public async Task Generate_Valid_DraftsSixSectionsAndOpensTheReport_ASecondTimeJustOpensIt()
    {
        var t = await app.Data.CreateOrganisationWithUsersAsync();
        var admin = await app.ClientFor(t.Admin.Email);

        var response = await admin.SubmitFormAsync(List(t), new() { ["Input.Year"] = "2024" }, "#generate-form");

        PageAssert.RedirectsTo(response, $"{Report(t)}?generated=true");
        var report = await app.WithDbAsync(db => db.Set<BoardReport>().Include(r => r.Sections).AsNoTracking().SingleAsync(r => r.OrganisationId == t.Id));
        Assert.Equal(Year, report.Year);
        Assert.Equal([1, 2, 3, 4, 5, 6], report.Sections.Select(s => s.Number).Order());
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "BoardReportGenerated" && e.OrganisationId == t.Id && e.UserId == t.Admin.Id)));

        var again = await admin.SubmitFormAsync(List(t), new() { ["Input.Year"] = "2024" }, "#generate-form");
        PageAssert.RedirectsTo(again, Report(t));
        Assert.False(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "BoardReportRegenerated" && e.OrganisationId == t.Id)));
        var (_, list) = await admin.GetPageAsync(List(t));
        Assert.Contains("Open the 2024 report", Text(list.QuerySelector("#board-report-years")));
    }

    [DbFact]
    public async Task Generate_Invalid_ShowsTheErrorAndCreatesNothing()
    {
        var t = await app.Data.CreateOrganisationWithUsersAsync();
        var admin = await app.ClientFor(t.Admin.Email);
        var next = DateTime.UtcNow.Year + 1;

        await PageAssert.InvalidAsync(await admin.SubmitFormAsync(List(t), new() { ["Input.Year"] = "" }, "#generate-form"), "Enter the year of the report");
        await PageAssert.InvalidAsync(await admin.SubmitFormAsync(List(t), new() { ["Input.Year"] = "twenty" }, "#generate-form"), "The year must be a number, like 2026");
        foreach (var year in new[] { "1999", (next + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            await PageAssert.InvalidAsync(await admin.SubmitFormAsync(List(t), new() { ["Input.Year"] = year }, "#generate-form"), $"Enter a year between 2000 and {next}");
        Assert.False(await app.WithDbAsync(db => db.Set<BoardReport>().AnyAsync(r => r.OrganisationId == t.Id)));
    }

    [DbFact]
    public async Task Generate_AsMember_Is403()
    {
        var t = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(t.Member.Email);
        var (_, page) = await member.GetPageAsync(List(t));

        var response = await member.PostAsync(List(t), new FormUrlEncodedContent([new("__RequestVerificationToken", page.AntiforgeryToken()), new("Input.Year", "2024")]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<BoardReport>().AnyAsync(r => r.OrganisationId == t.Id)));
    }

    [DbFact]
    public async Task Report_Admin_SeesNumberedSectionsWithChangeLinksDownloadsAndRegenerate()
    {
        var t = await app.Data.CreateOrganisationWithUsersAsync();
        await GenerateAsync(t);

        var (response, page) = await (await app.ClientFor(t.Admin.Email)).GetPageAsync(Report(t));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headings = page.QuerySelectorAll("main section h2").Select(h => Text(h)).ToList();
        Assert.Equal(6, headings.Count);
        Assert.StartsWith("1. ", headings[0], StringComparison.Ordinal);
        Assert.StartsWith("6. ", headings[5], StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"{Report(t)}/sections/{n}"), page.QuerySelectorAll("main section a.govuk-link").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Docx", "Pdf", "Html", "Markdown"], page.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")!.Split("handler=")[1]));
        Assert.NotNull(page.QuerySelector("#regenerate-form"));
        Assert.Contains("keep your text", Text(page.QuerySelector("main")));
        Assert.Empty(page.QuerySelectorAll("main .govuk-tag"));
    }

    [DbFact]
    public async Task Report_Member_ReadsAndDownloads_ButCannotChange()
    {
        var t = await app.Data.CreateOrganisationWithUsersAsync();
        await GenerateAsync(t);
        var member = await app.ClientFor(t.Member.Email);

        var (response, page) = await member.GetPageAsync(Report(t));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, page.QuerySelectorAll("main section h2").Length);
        Assert.Empty(page.QuerySelectorAll("main section a"));
        Assert.Null(page.QuerySelector("#regenerate-form"));
        Assert.Equal(4, page.QuerySelectorAll("#downloads a").Length);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(Section(t, 1))).StatusCode);
        var token = page.AntiforgeryToken();
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"{Report(t)}?handler=Regenerate", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"{Report(t)}?handler=Refresh",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("number", "1")]))).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "BoardReportRegenerated" && e.OrganisationId == t.Id)));
    }

    [DbFact]
    public async Task Pages_NotGeneratedOrNoSuchSection_Get404_OtherTenantsAndBodies_Get404()
    {
        var t = await app.Data.CreateOrganisationWithUsersAsync();
        await GenerateAsync(t);
        var admin = await app.ClientFor(t.Admin.Email);
        var other = await app.ClientFor((await app.Data.CreateOrganisationWithUsersAsync()).Admin.Email);
        var body = await app.ClientFor((await app.Data.CreateBodyWithUsersAsync()).Admin.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Report(t, 2023))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Report(t, 2023)}?handler=Docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Section(t, 7))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Section(t, 1, 2023))).StatusCode);
        foreach (var client in new[] { other, body })
            foreach (var url in new[] { List(t), Report(t), $"{Report(t)}?handler=Docx", $"{Report(t)}?handler=Pdf", Section(t, 1) })
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [DbFact]
    public async Task Section_Invalid_ShowsTheErrorSummaryAndKeepsTheDraft()
    {
        var t = await app.Data.CreateOrganisationWithUsersAsync();
        await GenerateAsync(t);
        var admin = await app.ClientFor(t.Admin.Email);

        await PageAssert.InvalidAsync(await admin.SubmitFormAsync(Section(t, 6), new() { ["Input.Text"] = "  " }), "Enter the text of the section");
        await PageAssert.InvalidAsync(await admin.SubmitFormAsync(Section(t, 6), new() { ["Input.Text"] = new string('a', 20_001) }),
            "The text of the section must be 20,000 characters or fewer");
        Assert.Null((await SectionAsync(t, 6)).Edited);
    }

    [DbFact]
    public async Task Section_Edit_IsShownEncodedAndTagged_KeptOnRegenerate_DroppedOnRefresh()
    {
        var t = await app.Data.CreateOrganisationWithUsersAsync();
        await GenerateAsync(t);
        var admin = await app.ClientFor(t.Admin.Email);
        var (form, formPage) = await admin.GetPageAsync(Section(t, 6));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var generated = (await SectionAsync(t, 6)).Generated;
        Assert.Equal(generated.Trim(), formPage.QuerySelector("textarea[name='Input.Text']")!.TextContent.Trim());
        Assert.NotNull(formPage.QuerySelector("details#generated"));

        var saved = await admin.SubmitFormAsync(Section(t, 6), new() { ["Input.Text"] = "We recommend <b>continuing</b>.\n\n## Next steps\n- Book the annual review\n- Tell the board" });

        PageAssert.RedirectsTo(saved, $"{Report(t)}?saved=6#section-6");
        Assert.StartsWith("We recommend", (await SectionAsync(t, 6)).Edited);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "BoardReportSectionEdited" && e.OrganisationId == t.Id)));
        var (_, page) = await admin.GetPageAsync(Report(t));
        var section = page.QuerySelector("#section-6")!;
        Assert.Equal("Edited", Text(section.QuerySelector("h2 .govuk-tag")));
        Assert.Equal("We recommend <b>continuing</b>.", Text(section.QuerySelector("p")));
        Assert.Null(section.QuerySelector("p b"));
        Assert.Equal("Next steps", Text(section.QuerySelector("h3")));
        Assert.Equal(["Book the annual review", "Tell the board"], section.QuerySelectorAll("ul li").Select(li => li.TextContent));
        Assert.NotNull(section.QuerySelector("form[action*='handler=Refresh']"));
        Assert.Null(page.QuerySelector("#section-5 form[action*='handler=Refresh']"));

        var regenerated = await admin.SubmitFormAsync(Report(t), [], "#regenerate-form");
        PageAssert.RedirectsTo(regenerated, $"{Report(t)}?regenerated=true");
        Assert.StartsWith("We recommend", (await SectionAsync(t, 6)).Edited);

        var refreshed = await admin.SubmitFormAsync(Report(t), [], "#section-6 form[action*='handler=Refresh']");
        PageAssert.RedirectsTo(refreshed, $"{Report(t)}?refreshed=6#section-6");
        Assert.Null((await SectionAsync(t, 6)).Edited);
        var (_, after) = await admin.GetPageAsync(Report(t));
        Assert.Null(after.QuerySelector("#section-6 .govuk-tag"));
    }

    [DbFact]
    public async Task Downloads_AdminAndMember_GetEachFormatWithItsTypeAndName()
    {
        var t = await app.Data.CreateOrganisationWithUsersAsync();
        await GenerateAsync(t);
        var slug = Core.Common.ExportNames.Slug(t.Name);

        foreach (var email in new[] { t.Admin.Email, t.Member.Email })
        {
            var client = await app.ClientFor(email);
            var docx = await client.GetAsync($"{Report(t)}?handler=Docx");
            Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
            Assert.Equal(BoardReportExport.DocxContentType, docx.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"board-report-{slug}-{Year}.docx", docx.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
            {
                Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
                Assert.Contains("Purpose of the report", document.MainDocumentPart!.Document.InnerText);
            }

            var pdf = await client.GetAsync($"{Report(t)}?handler=Pdf");
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"board-report-{slug}-{Year}.pdf", pdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Contains("Purpose of the report", await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync()));

            var html = await client.GetAsync($"{Report(t)}?handler=Html");
            Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"board-report-{slug}-{Year}.html", html.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Contains("@media print", await html.Content.ReadAsStringAsync());

            var markdown = await client.GetAsync($"{Report(t)}?handler=Markdown");
            Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"board-report-{slug}-{Year}.md", markdown.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Contains("Purpose of the report", await markdown.Content.ReadAsStringAsync());
        }
    }
}

public sealed class BoardReportPagesTestsOnSqlite(SqliteApp app) : BoardReportPagesTests(app), IClassFixture<SqliteApp>;

public sealed class BoardReportPagesTestsOnPostgres(PostgresApp app) : BoardReportPagesTests(app), IClassFixture<PostgresApp>;
