using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Certification;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Assessments;

/// <summary>The body's assessors: deactivating and reactivating them, and their conflicts of interest.</summary>
public abstract class BodyAdminAssessorsTests(AppFixture app)
{
    private static string AssessorsPath(Guid bodyId) => $"/bodies/{bodyId}/assessors";

    private static string NewConflictPath(TestTenant body, Guid userId) => $"/bodies/{body.Id}/assessors/{userId}/conflicts/new";

    [DbFact]
    public async Task Pages_AdminGets200_AssessorGets403_OtherBodyGets404()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var other = await app.Data.CreateBodyWithUsersAsync();
        var admin = await app.ClientFor(body.Admin.Email);

        foreach (var url in new[] { AssessorsPath(body.Id), NewConflictPath(body, body.Member.Id) })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(body.Member.Email)).GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync(url)).StatusCode);
        }
        // Only the body's assessors can have conflicts declared: not its admin, not someone unknown.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(NewConflictPath(body, body.Admin.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(NewConflictPath(body, other.Member.Id))).StatusCode);
    }

    [DbFact]
    public async Task Assessors_ListsNameEmailAndStatus()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var (_, page) = await (await app.ClientFor(body.Admin.Email)).GetPageAsync(AssessorsPath(body.Id));

        var row = Assert.Single(page.QuerySelectorAll("#assessors tbody tr"));
        Assert.Contains("Test Assessor", row.TextContent);
        Assert.Contains(body.Member.Email, row.TextContent);
        Assert.Contains("Active", row.TextContent);
        Assert.NotNull(page.QuerySelector("#no-conflicts"));
    }

    [DbFact]
    public async Task DeactivateThenReactivate_ChangeTheAssessorsStatus()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var admin = await app.ClientFor(body.Admin.Email);

        var deactivated = await admin.SubmitFormAsync(AssessorsPath(body.Id), [], "form[action*='handler=Deactivate']");
        var deactivatedAt = await DeactivatedAtAsync(body);
        var (_, page) = await admin.GetPageAsync($"{AssessorsPath(body.Id)}?done=deactivated");
        var reactivated = await admin.SubmitFormAsync(AssessorsPath(body.Id), [], "form[action*='handler=Reactivate']");

        PageAssert.RedirectsTo(deactivated, $"{AssessorsPath(body.Id)}?done=deactivated");
        Assert.NotNull(deactivatedAt);
        Assert.Contains("Deactivated", page.QuerySelector("#assessors tbody tr")!.TextContent);
        Assert.Contains("Assessor deactivated", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        PageAssert.RedirectsTo(reactivated, $"{AssessorsPath(body.Id)}?done=reactivated");
        Assert.Null(await DeactivatedAtAsync(body));
    }

    [DbFact]
    public async Task Deactivate_Twice_SaysItIsAlreadyDone()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var admin = await app.ClientFor(body.Admin.Email);
        var (_, page) = await admin.GetPageAsync(AssessorsPath(body.Id));
        var form = page.QuerySelector<IHtmlFormElement>("form[action*='handler=Deactivate']")!;

        await admin.PostFormAsync(form, [], AssessorsPath(body.Id));
        var again = await admin.PostFormAsync(form, [], AssessorsPath(body.Id));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already deactivated", (await HttpClientForms.ParseAsync(again)).QuerySelector(".govuk-error-summary")!.TextContent);
    }

    [DbFact]
    public async Task DeclareConflict_NothingEntered_ShowsTheErrors()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var response = await (await app.ClientFor(body.Admin.Email)).SubmitFormAsync(NewConflictPath(body, body.Member.Id), new() { ["Input.OrganisationId"] = "", ["Input.Reason"] = "" });

        await PageAssert.InvalidAsync(response, "Select an organisation", "Enter the reason for the conflict of interest");
        Assert.False(await app.WithDbAsync(db => db.Set<AssessorConflict>().AnyAsync(c => c.CertificationBodyId == body.Id)));
    }

    [DbFact]
    public async Task DeclareConflict_Valid_IsListedAndCanBeWithdrawn()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var organisation = await app.Data.CreateOrganisationAsync();
        var admin = await app.ClientFor(body.Admin.Email);

        var declared = await admin.SubmitFormAsync(NewConflictPath(body, body.Member.Id), new()
        {
            ["Input.OrganisationId"] = organisation.Id.ToString(), ["Input.Reason"] = "Was their head of customer service until 2025.",
        });
        var (_, page) = await admin.GetPageAsync($"{AssessorsPath(body.Id)}?done=declared");
        var withdrawn = await admin.SubmitFormAsync(AssessorsPath(body.Id), [], "form[action*='handler=Withdraw']");

        PageAssert.RedirectsTo(declared, $"{AssessorsPath(body.Id)}?done=declared");
        var row = Assert.Single(page.QuerySelectorAll("#conflicts tbody tr")).TextContent;
        Assert.Contains(organisation.Name, row);
        Assert.Contains("Was their head of customer service until 2025.", row);
        PageAssert.RedirectsTo(withdrawn, $"{AssessorsPath(body.Id)}?done=withdrawn");
        var conflict = await app.WithDbAsync(db => db.Set<AssessorConflict>().SingleAsync(c => c.CertificationBodyId == body.Id));
        Assert.NotNull(conflict.WithdrawnAt);
        Assert.Equal(body.Admin.Id, conflict.WithdrawnByUserId);
    }

    [DbFact]
    public async Task DeclareConflict_AlreadyDeclared_ShowsTheError()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var organisation = await app.Data.CreateOrganisationAsync();
        await app.Data.DeclareConflictAsync(body, body.Member.Id, organisation.Id);

        var response = await (await app.ClientFor(body.Admin.Email)).SubmitFormAsync(NewConflictPath(body, body.Member.Id), new()
        {
            ["Input.OrganisationId"] = organisation.Id.ToString(), ["Input.Reason"] = "Again.",
        });

        await PageAssert.InvalidAsync(response, $"Test Assessor has already declared a conflict of interest with {organisation.Name}");
    }

    private Task<DateTimeOffset?> DeactivatedAtAsync(TestTenant body) =>
        app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == body.Member.Id && m.CertificationBodyId == body.Id).Select(m => m.DeactivatedAt).SingleAsync());
}

public sealed class BodyAdminAssessorsTestsOnSqlite(SqliteApp app) : BodyAdminAssessorsTests(app), IClassFixture<SqliteApp>;

public sealed class BodyAdminAssessorsTestsOnPostgres(PostgresApp app) : BodyAdminAssessorsTests(app), IClassFixture<PostgresApp>;
