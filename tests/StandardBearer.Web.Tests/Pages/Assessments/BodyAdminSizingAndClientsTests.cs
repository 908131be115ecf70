using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Certification;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Assessments;

/// <summary>The body's sizing table and its clients.</summary>
public abstract class BodyAdminSizingAndClientsTests(AppFixture app)
{
    private static string SizingPath(Guid bodyId) => $"/bodies/{bodyId}/sizing";

    private static Dictionary<string, string> Bands(params (string UpTo, string Desk, string OnSite)[] bands)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < 5; i++)
        {
            var (upTo, desk, onSite) = i < bands.Length ? bands[i] : ("", "", "");
            fields[$"Input.Bands[{i}].UpToStaff"] = upTo;
            fields[$"Input.Bands[{i}].DeskDays"] = desk;
            fields[$"Input.Bands[{i}].OnSiteDays"] = onSite;
        }
        return fields;
    }

    [DbFact]
    public async Task Sizing_NoneSet_ShowsTheCseDefaultToAdminsAndAssessors()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var (adminResponse, admin) = await (await app.ClientFor(body.Admin.Email)).GetPageAsync(SizingPath(body.Id));
        var (assessorResponse, assessor) = await (await app.ClientFor(body.Member.Email)).GetPageAsync(SizingPath(body.Id));

        Assert.Equal(HttpStatusCode.OK, adminResponse.StatusCode);
        Assert.NotNull(admin.QuerySelector("#default-table"));
        Assert.Equal("250", admin.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Bands_0__UpToStaff")!.Value);
        Assert.Equal("1.5", admin.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Bands_1__DeskDays")!.Value);
        Assert.Equal(HttpStatusCode.OK, assessorResponse.StatusCode);
        Assert.Null(assessor.QuerySelector("main form"));
        var rows = assessor.QuerySelectorAll("#sizing tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("1,001 or more", rows[2]);
    }

    [DbFact]
    public async Task Sizing_OtherBody_Gets404_AssessorPost_Gets403()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var other = await app.Data.CreateBodyWithUsersAsync();
        var assessor = await app.ClientFor(body.Member.Email);
        var (_, page) = await assessor.GetPageAsync(SizingPath(body.Id));

        var post = await assessor.PostAsync(SizingPath(body.Id), new FormUrlEncodedContent(new Dictionary<string, string>(Bands(("", "1", "1")))
        {
            ["__RequestVerificationToken"] = page.AntiforgeryToken(),
        }));

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync(SizingPath(body.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<SizingBand>().AnyAsync(b => b.CertificationBodyId == body.Id)));
    }

    [DbFact]
    public async Task Sizing_NotNumbers_ShowsAnErrorForTheBand()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var response = await (await app.ClientFor(body.Admin.Email)).SubmitFormAsync(SizingPath(body.Id), Bands(("lots", "1", "1"), ("", "one", "2")));

        await PageAssert.InvalidAsync(response, "Enter the number of staff for band 1 as a whole number, like 250", "Enter the desk days for band 2 as a number, like 1 or 1.5");
    }

    [DbFact]
    public async Task Sizing_BandsOutOfOrder_ShowsTheRulesErrorsPerBand()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var response = await (await app.ClientFor(body.Admin.Email)).SubmitFormAsync(SizingPath(body.Id), Bands(("500", "1", "1"), ("400", "1", "0.25"), ("", "2", "3")));

        await PageAssert.InvalidAsync(response, "The number of staff for band 2 must be more than for band 1", "Enter the days on site for band 2 as a number of half days from 0.5 to 30, like 1 or 1.5");
        var document = await HttpClientForms.ParseAsync(response);
        Assert.Contains("#Input_Bands_1__UpToStaff", document.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.False(await app.WithDbAsync(db => db.Set<SizingBand>().AnyAsync(b => b.CertificationBodyId == body.Id)));
    }

    [DbFact]
    public async Task Sizing_NoBands_ShowsTheError()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var response = await (await app.ClientFor(body.Admin.Email)).SubmitFormAsync(SizingPath(body.Id), Bands());

        await PageAssert.InvalidAsync(response, "Enter at least one band");
    }

    [DbFact]
    public async Task Sizing_Valid_ReplacesTheTable()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var admin = await app.ClientFor(body.Admin.Email);

        var response = await admin.SubmitFormAsync(SizingPath(body.Id), Bands(("100", "0.5", "1"), ("", "1.5", "2")));

        PageAssert.RedirectsTo(response, $"{SizingPath(body.Id)}?saved=true");
        var bands = await app.WithDbAsync(db => db.Set<SizingBand>().Where(b => b.CertificationBodyId == body.Id).OrderBy(b => b.Order)
            .Select(b => new SizingRow(b.UpToStaff, b.DeskDays, b.OnSiteDays)).ToListAsync());
        Assert.Equal([new SizingRow(100, 0.5m, 1m), new SizingRow(null, 1.5m, 2m)], bands);
        var (_, page) = await admin.GetPageAsync($"{SizingPath(body.Id)}?saved=true");
        Assert.Null(page.QuerySelector("#default-table"));
        Assert.NotNull(page.QuerySelector(".govuk-notification-banner"));
    }

    [DbFact]
    public async Task Clients_ListsOrganisationsWithTheirLatestAssessmentAndCertificate()
    {
        var decided = await app.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var applied = await app.Data.CreateAssessmentAtAsync(decided.Body);
        var number = await app.WithDbAsync(db => db.Set<Certificate>().Where(c => c.AssessmentId == decided.Id).Select(c => c.Number).SingleAsync());

        var (response, page) = await (await app.ClientFor(decided.Body.Admin.Email)).GetPageAsync($"/bodies/{decided.Body.Id}/clients");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#clients tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        var certified = rows.Single(r => r.TextContent.Contains(decided.Organisation.Name));
        Assert.Contains(number, certified.TextContent);
        Assert.Contains("Active", certified.TextContent);
        Assert.Contains("Decided", certified.TextContent);
        var applicant = rows.Single(r => r.TextContent.Contains(applied.Organisation.Name));
        Assert.Contains("None", applicant.TextContent);
        Assert.Contains($"/bodies/{decided.Body.Id}/assessments/{applied.Id}", applicant.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [DbFact]
    public async Task Clients_AssessorGets403_OtherBodyGets404()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var other = await app.Data.CreateBodyWithUsersAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(body.Member.Email)).GetAsync($"/bodies/{body.Id}/clients")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync($"/bodies/{body.Id}/clients")).StatusCode);
    }
}

public sealed class BodyAdminSizingAndClientsTestsOnSqlite(SqliteApp app) : BodyAdminSizingAndClientsTests(app), IClassFixture<SqliteApp>;

public sealed class BodyAdminSizingAndClientsTestsOnPostgres(PostgresApp app) : BodyAdminSizingAndClientsTests(app), IClassFixture<PostgresApp>;
