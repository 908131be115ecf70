using System.Net;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Assessments;

/// <summary>The body's list of assessments and its page for one assessment.</summary>
public abstract class BodyAdminAssessmentsTests(AppFixture app)
{
    private static string ListPath(Guid bodyId) => $"/bodies/{bodyId}/assessments";

    private static string HubPath(TestAssessment a) => $"/bodies/{a.Body.Id}/assessments/{a.Id}";

    private static List<string> Organisations(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("main table tbody tr").Select(r => r.QuerySelector("td a")!.TextContent.Trim()).ToList();

    [DbFact]
    public async Task List_AsAdmin_ShowsEveryAssessmentWithNewApplicationsFirst()
    {
        var assigned = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var applied = await app.Data.CreateAssessmentAtAsync(assigned.Body);

        var (response, page) = await (await app.ClientFor(assigned.Body.Admin.Email)).GetPageAsync(ListPath(assigned.Body.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([applied.Organisation.Name, assigned.Organisation.Name], Organisations(page));
        var rows = page.QuerySelectorAll("main table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("Applied", rows[0]);
        Assert.Contains("Not assigned", rows[0]);
        Assert.Contains("Desktop review", rows[1]);
        Assert.Contains("Test Assessor", rows[1]);
    }

    [DbFact]
    public async Task List_AsAssessor_ShowsOnlyTheAssessmentsTheyAreAssignedTo()
    {
        var assigned = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await app.Data.CreateAssessmentAtAsync(assigned.Body);

        var (response, page) = await (await app.ClientFor(assigned.Lead.Email)).GetPageAsync(ListPath(assigned.Body.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([assigned.Organisation.Name], Organisations(page));
    }

    [DbFact]
    public async Task List_FilteredByStage_ShowsOnlyThatStage()
    {
        var assigned = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var applied = await app.Data.CreateAssessmentAtAsync(assigned.Body);
        var admin = await app.ClientFor(assigned.Body.Admin.Email);

        var (_, page) = await admin.GetPageAsync($"{ListPath(assigned.Body.Id)}?status=Applied");
        var (unknown, all) = await admin.GetPageAsync($"{ListPath(assigned.Body.Id)}?status=Nonsense");

        Assert.Equal([applied.Organisation.Name], Organisations(page));
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(2, Organisations(all).Count);
    }

    [DbFact]
    public async Task ListAndHub_OtherTenantsUsers_Get404()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var otherBody = await app.Data.CreateBodyWithUsersAsync();

        foreach (var email in new[] { otherBody.Admin.Email, otherBody.Member.Email, a.Organisation.Admin.Email })
        {
            var client = await app.ClientFor(email);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ListPath(a.Body.Id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(HubPath(a))).StatusCode);
        }
        // The assessment exists, but not at this body: the other body's admin cannot reach it through their own body either.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(otherBody.Admin.Email)).GetAsync($"/bodies/{otherBody.Id}/assessments/{a.Id}")).StatusCode);
    }

    [DbFact]
    public async Task Hub_AssessorNotOnTheTeam_Gets404()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var outsider = await app.Data.CreateUserAsync(Role.Assessor, a.Body.Id);

        var response = await (await app.ClientFor(outsider.Email)).GetAsync(HubPath(a));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [DbFact]
    public async Task Hub_NewApplication_ShowsKeyInformationAndOffersTheAdminTheResponse()
    {
        var a = await app.Data.CreateAssessmentAsync();

        var (response, page) = await (await app.ClientFor(a.Body.Admin.Email)).GetPageAsync(HubPath(a));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var info = page.QuerySelector("#key-information")!.TextContent;
        Assert.Contains(a.Organisation.Name, info);
        Assert.Contains("Whole organisation", info);
        Assert.Contains("Head office, Testville", info);
        Assert.Contains("300", info);
        Assert.Contains("Casey Contact", info);
        Assert.Contains("Any week in March", info);
        Assert.Equal("Applied", page.QuerySelector("#status")!.TextContent.Trim());
        var tasks = page.QuerySelectorAll(".govuk-task-list__link").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal([$"{HubPath(a)}/respond"], tasks);
    }

    [DbFact]
    public async Task Hub_AsLeadDuringReview_LinksToTheAssessorsWorkWithProgress()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var (response, page) = await (await app.ClientFor(a.Lead.Email)).GetPageAsync(HubPath(a));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tasks = page.QuerySelectorAll(".govuk-task-list__link").Select(l => l.GetAttribute("href")).ToList();
        foreach (var part in new[] { "dates", "review", "requests", "visit", "ratings", "summary" })
            Assert.Contains($"{HubPath(a)}/{part}", tasks);
        Assert.DoesNotContain($"{HubPath(a)}/assign", tasks);
        Assert.DoesNotContain($"{HubPath(a)}/decision", tasks);
        Assert.Contains("0 of 57 elements reviewed", page.QuerySelector("#progress")!.TextContent);
        Assert.Contains("Test Assessor", page.QuerySelector("#key-information")!.TextContent);
    }

    [DbFact]
    public async Task Hub_ReportReleased_OffersTheDecisionToTheAdminOnly()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);

        var (_, admin) = await (await app.ClientFor(a.Body.Admin.Email)).GetPageAsync(HubPath(a));
        var (_, lead) = await (await app.ClientFor(a.Lead.Email)).GetPageAsync(HubPath(a));

        Assert.Contains($"{HubPath(a)}/decision", admin.QuerySelectorAll(".govuk-task-list__link").Select(l => l.GetAttribute("href")));
        Assert.DoesNotContain($"{HubPath(a)}/decision", lead.QuerySelectorAll(".govuk-task-list__link").Select(l => l.GetAttribute("href")));
        Assert.Contains($"{HubPath(a)}/report", lead.QuerySelectorAll(".govuk-task-list__link").Select(l => l.GetAttribute("href")));
    }

    [DbFact]
    public async Task Overview_LinksToTheBodysPages()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var (_, admin) = await (await app.ClientFor(body.Admin.Email)).GetPageAsync($"/bodies/{body.Id}");
        var (_, assessor) = await (await app.ClientFor(body.Member.Email)).GetPageAsync($"/bodies/{body.Id}");

        var adminLinks = admin.QuerySelectorAll("main a").Select(l => l.GetAttribute("href")).ToList();
        foreach (var part in new[] { "assessments", "assessors", "sizing", "clients" })
            Assert.Contains($"/bodies/{body.Id}/{part}", adminLinks);
        var assessorLinks = assessor.QuerySelectorAll("main a").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains($"/bodies/{body.Id}/assessments", assessorLinks);
        Assert.DoesNotContain($"/bodies/{body.Id}/assessors", assessorLinks);
    }
}

public sealed class BodyAdminAssessmentsTestsOnSqlite(SqliteApp app) : BodyAdminAssessmentsTests(app), IClassFixture<SqliteApp>;

public sealed class BodyAdminAssessmentsTestsOnPostgres(PostgresApp app) : BodyAdminAssessmentsTests(app), IClassFixture<PostgresApp>;
