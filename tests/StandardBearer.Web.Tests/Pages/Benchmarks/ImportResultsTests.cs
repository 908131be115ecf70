using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Benchmarks;

/// <summary>A body's admin uploads past results: who may, what a bad file shows, what a good one changes.</summary>
public abstract class ImportResultsTests(AppFixture app)
{
    private const string Header = "organisation,sector,region,certification_body,assessment_date,assessment_type,element,rating";

    private static string PagePath(Guid bodyId) => $"/bodies/{bodyId}/results/import";

    private static FilePart Csv(params string[] rows) =>
        new("Upload", "past-results.csv", Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n"), "text/csv");

    private Task<int> ResultsOfAsync(Guid bodyId) => app.WithDbAsync(db => db.HistoricalResults.CountAsync(h => h.CertificationBodyId == bodyId));

    [DbFact]
    public async Task Get_AdminSees_AssessorGets403_OthersGet404()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var other = await app.Data.CreateBodyWithUsersAsync();
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();

        var (response, page) = await (await app.ClientFor(body.Admin.Email)).GetPageAsync(PagePath(body.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Import past results", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(8, page.QuerySelectorAll("#columns tbody tr").Length);
        Assert.NotNull(page.QuerySelector($"a[href='/bodies/{body.Id}/results/import?handler=Template']"));
        Assert.Equal("summaries-1", page.QuerySelector("select#Version option[selected]")?.GetAttribute("value") ?? page.QuerySelector("select#Version option")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input#CreateMissing[type=checkbox]"));
        Assert.NotNull(page.QuerySelector("#no-imports"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(body.Member.Email)).GetAsync(PagePath(body.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync(PagePath(body.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(organisation.Admin.Email)).GetAsync(PagePath(body.Id))).StatusCode);
    }

    [DbFact]
    public async Task Overview_ForAdmin_LinksToTheImport()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var (_, page) = await (await app.ClientFor(body.Admin.Email)).GetPageAsync($"/bodies/{body.Id}");

        Assert.NotNull(page.QuerySelector($"a[href='/bodies/{body.Id}/results/import']"));
    }

    [DbFact]
    public async Task Post_BadRows_ShowsTheErrorSummaryAndEveryLineAndWritesNothing()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var organisation = await app.Data.CreateOrganisationAsync();
        var imports = await app.WithDbAsync(db => db.ResultsImports.CountAsync());

        var response = await (await app.ClientFor(body.Admin.Email)).SubmitMultipartFormAsync(PagePath(body.Id), [], [Csv(
            $"{organisation.Name},,,{body.Name},2024-03-01,Initial,1.1.1,Compliance",
            $"{organisation.Name},,,{body.Name},2024-03-01,Initial,9.9.9,Compliance",
            $"Nowhere Council,,,{body.Name},2024-03-01,Initial,1.1.1,Brilliant")]);

        await PageAssert.InvalidAsync(response, "The selected file has 3 problems, so nothing was imported: fix them and upload the file again");
        var page = await HttpClientForms.ParseAsync(response);
        Assert.Equal("#Upload", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        var lines = page.QuerySelectorAll("#problems tbody tr").Select(r => (r.QuerySelector("th")!.TextContent.Trim(), r.QuerySelector("td")!.TextContent.Trim())).ToList();
        Assert.Equal(["3", "4", "4"], lines.Select(l => l.Item1));
        Assert.Contains("element \"9.9.9\" is not an element of CSE", lines[0].Item2, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Item2.StartsWith("There is no organisation called \"Nowhere Council\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Item2.StartsWith("rating \"Brilliant\" is not a rating of CSE", StringComparison.Ordinal));
        Assert.Equal(0, await ResultsOfAsync(body.Id));
        Assert.Equal(imports, await app.WithDbAsync(db => db.ResultsImports.CountAsync()));
    }

    [DbFact]
    public async Task Post_RowsForAnotherBody_AreRefused()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var other = await app.Data.CreateBodyAsync();
        var organisation = await app.Data.CreateOrganisationAsync();

        var response = await (await app.ClientFor(body.Admin.Email)).SubmitMultipartFormAsync(PagePath(body.Id), new() { ["CreateMissing"] = "true" },
            [Csv($"{organisation.Name},,,{other.Name},2024-03-01,Initial,1.1.1,Compliance")]);

        await PageAssert.InvalidAsync(response, "The selected file has a problem, so nothing was imported: fix it and upload the file again");
        var page = await HttpClientForms.ParseAsync(response);
        Assert.Contains($"This file has results for {other.Name}; you can only import results for {body.Name}.", page.QuerySelector("#problems")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await ResultsOfAsync(other.Id));
    }

    [DbFact]
    public async Task Post_NoFileEmptyFileOrUnknownVersion_ShowsWhatToFix()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var admin = await app.ClientFor(body.Admin.Email);

        var none = await admin.SubmitMultipartFormAsync(PagePath(body.Id), [], [new FilePart("Upload", "", [])]);
        var empty = await admin.SubmitMultipartFormAsync(PagePath(body.Id), [], [new FilePart("Upload", "empty.csv", [])]);
        var version = await admin.SubmitMultipartFormAsync(PagePath(body.Id), new() { ["Version"] = "no-such-version" }, [Csv("A,,,B,2024-01-01,Initial,1.1.1,Compliance")]);

        await PageAssert.InvalidAsync(none, "Select a CSV file of results");
        await PageAssert.InvalidAsync(empty, "The selected file is empty");
        await PageAssert.InvalidAsync(version, "Select the version of the standard the results were assessed against");
        Assert.Equal(0, await ResultsOfAsync(body.Id));
    }

    [DbFact]
    public async Task Get_AfterAnUploadTooLarge_SaysHowLargeAFileMayBe()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var (_, page) = await (await app.ClientFor(body.Admin.Email)).GetPageAsync($"{PagePath(body.Id)}?tooLarge=true");

        Assert.Contains("The selected file must be smaller than 50 MB", page.ErrorSummaryMessages());
    }

    [DbFact]
    public async Task Post_ValidFile_ImportsShowsTheBannerAndTheHistory_AndCreatesMissingOrganisationsWhenAsked()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var organisation = await app.Data.CreateOrganisationAsync();
        var newcomer = $"Newcomer Council {Guid.NewGuid():N}"[..30];
        var admin = await app.ClientFor(body.Admin.Email);

        var response = await admin.SubmitMultipartFormAsync(PagePath(body.Id), new() { ["CreateMissing"] = "true", ["Version"] = "summaries-1" }, [Csv(
            $"{organisation.Name},,,{body.Name},2024-03-01,Initial,1.1.1,Compliance Plus",
            $"{organisation.Name},,,{body.Name},2024-03-01,Initial,1.1.2,partial compliance",
            $"{newcomer},Housing,Wales,{body.Name},2023-11-30,Reassessment,1.1.1,Compliance")]);

        var import = await app.WithDbAsync(db => db.ResultsImports.SingleAsync(i => i.CertificationBodyId == body.Id));
        PageAssert.RedirectsTo(response, $"{PagePath(body.Id)}?imported={import.Id}");
        Assert.Equal((3, 2, 1, "past-results.csv"), (import.Rows, import.ResultsCreated, import.OrganisationsCreated, import.FileName));
        Assert.Equal(2, await ResultsOfAsync(body.Id));
        Assert.True(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == newcomer)));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "ResultsImported" && e.CertificationBodyId == body.Id && e.UserId == body.Admin.Id)));

        var (_, page) = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Results imported from past-results.csv", page.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2 assessments from 3 rows: 2 added, 0 updated, 0 unchanged; 1 organisation created.", page.QuerySelector("#imported-summary")!.TextContent.Trim());
        var history = Assert.Single(page.QuerySelectorAll("#history tbody tr"));
        Assert.Contains("past-results.csv", history.TextContent, StringComparison.Ordinal);
        Assert.Contains("CSE summaries-1", history.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Post_UnknownOrganisationWithoutCreateMissing_IsAProblem()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var response = await (await app.ClientFor(body.Admin.Email)).SubmitMultipartFormAsync(PagePath(body.Id), [],
            [Csv($"Unheard-of Trust,Health,London,{body.Name},2024-03-01,Initial,1.1.1,Compliance")]);

        await PageAssert.InvalidAsync(response, "The selected file has a problem, so nothing was imported: fix it and upload the file again");
        Assert.Contains("There is no organisation called \"Unheard-of Trust\"", (await HttpClientForms.ParseAsync(response)).QuerySelector("#problems")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Unheard-of Trust")));
    }

    [DbFact]
    public async Task Template_AdminDownloadsACsvThatImports_AssessorGets403()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var admin = await app.ClientFor(body.Admin.Email);

        var response = await admin.GetAsync($"{PagePath(body.Id)}?handler=Template");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("results-template.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        Assert.StartsWith(Header + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains(body.Name, text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(body.Member.Email)).GetAsync($"{PagePath(body.Id)}?handler=Template")).StatusCode);

        // The template is a real file: with create-missing it imports as it stands.
        var imported = await admin.SubmitMultipartFormAsync(PagePath(body.Id), new() { ["CreateMissing"] = "true" }, [new FilePart("Upload", "results-template.csv", bytes, "text/csv")]);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(2, await ResultsOfAsync(body.Id));
    }
}

public sealed class ImportResultsTestsOnSqlite(SqliteApp app) : ImportResultsTests(app), IClassFixture<SqliteApp>;

public sealed class ImportResultsTestsOnPostgres(PostgresApp app) : ImportResultsTests(app), IClassFixture<PostgresApp>;
