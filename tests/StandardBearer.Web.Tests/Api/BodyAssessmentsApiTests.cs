using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

public abstract class BodyAssessmentsApiTests(AppFixture app)
{
    private static string Base(Guid bodyId) => $"/api/v1/certification-bodies/{bodyId}";

    private static string AssessmentPath(TestAssessment a) => $"{Base(a.Body.Id)}/assessments/{a.Id}";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static void AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private Task<AssessmentStatus> StatusAsync(TestAssessment a) =>
        app.WithDbAsync(db => db.Set<Assessment>().Where(x => x.Id == a.Id).Select(x => x.Status).SingleAsync());

    [DbFact]
    public async Task List_AdminSeesAll_AssessorSeesOnlyTheirs()
    {
        var assigned = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var applied = await app.Data.CreateAssessmentAtAsync(assigned.Body);

        var all = await JsonAsync(await (await app.ClientFor(assigned.Body.Admin.Email)).GetAsync($"{Base(assigned.Body.Id)}/assessments"));
        var theirs = await JsonAsync(await (await app.ClientFor(assigned.Lead.Email)).GetAsync($"{Base(assigned.Body.Id)}/assessments"));
        var filtered = await JsonAsync(await (await app.ClientFor(assigned.Body.Admin.Email)).GetAsync($"{Base(assigned.Body.Id)}/assessments?status=Applied"));

        Assert.Equal([applied.Id, assigned.Id], all.EnumerateArray().Select(x => x.GetProperty("id").GetGuid()));
        Assert.Equal("Applied", all[0].GetProperty("status").GetString());
        Assert.Equal([assigned.Id], theirs.EnumerateArray().Select(x => x.GetProperty("id").GetGuid()));
        Assert.Equal([applied.Id], filtered.EnumerateArray().Select(x => x.GetProperty("id").GetGuid()));
    }

    [DbFact]
    public async Task Get_KeyInformation_ForAdminAndLead_404ForUnassignedAssessorAndOtherBodies_401Anonymous()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var outsider = await app.Data.CreateUserAsync(Role.Assessor, a.Body.Id);
        var other = await app.Data.CreateBodyWithUsersAsync();

        var admin = await (await app.ClientFor(a.Body.Admin.Email)).GetAsync(AssessmentPath(a));
        var lead = await (await app.ClientFor(a.Lead.Email)).GetAsync(AssessmentPath(a));

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        var info = await JsonAsync(admin);
        Assert.Equal(a.Organisation.Name, info.GetProperty("organisationName").GetString());
        Assert.Equal("DesktopReview", info.GetProperty("status").GetString());
        Assert.Equal("Test Assessor", info.GetProperty("leadAssessorName").GetString());
        Assert.Equal(HttpStatusCode.OK, lead.StatusCode);
        AssertProblem(await (await app.ClientFor(outsider.Email)).GetAsync(AssessmentPath(a)), HttpStatusCode.NotFound);
        AssertProblem(await (await app.ClientFor(other.Admin.Email)).GetAsync(AssessmentPath(a)), HttpStatusCode.NotFound);
        AssertProblem(await (await app.ClientFor(other.Admin.Email)).GetAsync($"{Base(other.Id)}/assessments/{a.Id}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(AssessmentPath(a))).StatusCode);
    }

    [DbFact]
    public async Task AcceptAndDecline_OnlyTheAdmin_OnlyOnce()
    {
        var a = await app.Data.CreateAssessmentAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var noReason = await admin.PostAsJsonAsync($"{AssessmentPath(a)}/decline", new { reason = "" });
        var accepted = await admin.PostAsync($"{AssessmentPath(a)}/accept", null);
        var again = await admin.PostAsync($"{AssessmentPath(a)}/accept", null);

        AssertProblem(noReason, HttpStatusCode.BadRequest);
        Assert.Equal("Enter the reason for declining the application", (await JsonAsync(noReason)).GetProperty("errors").GetProperty("Reason")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Accepted", (await JsonAsync(accepted)).GetProperty("status").GetString());
        AssertProblem(again, HttpStatusCode.Conflict);
        Assert.Equal(AssessmentStatus.Accepted, await StatusAsync(a));
    }

    [DbFact]
    public async Task Accept_ByTheLeadAssessor_Is403()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        AssertProblem(await (await app.ClientFor(a.Lead.Email)).PostAsync($"{AssessmentPath(a)}/accept", null), HttpStatusCode.Forbidden);
    }

    [DbFact]
    public async Task Assignment_AssessorWithAConflict_Is400AndNothingChanges()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Accepted);
        await app.Data.DeclareConflictAsync(a.Body, a.Lead.Id, a.Organisation.Id);

        var response = await (await app.ClientFor(a.Body.Admin.Email)).PutAsJsonAsync($"{AssessmentPath(a)}/assignment", new { leadAssessorUserId = a.Lead.Id });

        AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("conflict of interest", (await JsonAsync(response)).GetProperty("errors").GetProperty("LeadAssessorUserId")[0].GetString());
        Assert.Null(await app.WithDbAsync(db => db.Set<Assessment>().Where(x => x.Id == a.Id).Select(x => x.LeadAssessorUserId).SingleAsync()));
    }

    [DbFact]
    public async Task Assignment_Valid_AssignsAndStartsTheReview()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Accepted);
        var second = await app.Data.CreateUserAsync(Role.Assessor, a.Body.Id);

        var response = await (await app.ClientFor(a.Body.Admin.Email)).PutAsJsonAsync($"{AssessmentPath(a)}/assignment",
            new { leadAssessorUserId = a.Lead.Id, teamUserIds = new[] { second.Id } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var info = await JsonAsync(response);
        Assert.Equal(a.Lead.Id, info.GetProperty("leadAssessorUserId").GetGuid());
        Assert.Equal(1, info.GetProperty("teamNames").GetArrayLength());
        Assert.Equal(AssessmentStatus.DesktopReview, await StatusAsync(a));
    }

    [DbFact]
    public async Task Dates_NotADate_Is400_OutOfOrder_Is400ByField_Valid_Saves()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var lead = await app.ClientFor(a.Lead.Email);

        var notADate = await lead.PutAsJsonAsync($"{AssessmentPath(a)}/dates", new { documentReviewOn = "2027-02-31", visitStartsOn = "2027-03-04", visitEndsOn = "2027-03-05" });
        var outOfOrder = await lead.PutAsJsonAsync($"{AssessmentPath(a)}/dates", new { documentReviewOn = "2027-03-01", visitStartsOn = "2027-03-04", visitEndsOn = "2027-03-03" });
        var missing = await lead.PutAsJsonAsync($"{AssessmentPath(a)}/dates", new { documentReviewOn = "2027-03-01" });
        var valid = await lead.PutAsJsonAsync($"{AssessmentPath(a)}/dates", new { documentReviewOn = "2027-03-01", visitStartsOn = "2027-03-04", visitEndsOn = "2027-03-05" });

        AssertProblem(notADate, HttpStatusCode.BadRequest);
        AssertProblem(outOfOrder, HttpStatusCode.BadRequest);
        Assert.Equal("The last day of the visit must be the same as or after the first day", (await JsonAsync(outOfOrder)).GetProperty("errors").GetProperty("VisitEndsOn")[0].GetString());
        AssertProblem(missing, HttpStatusCode.BadRequest);
        Assert.Equal("Enter the first day of the visit", (await JsonAsync(missing)).GetProperty("errors").GetProperty("VisitStartsOn")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal("2027-03-04", (await JsonAsync(valid)).GetProperty("visitStartsOn").GetString());
    }

    [DbFact]
    public async Task Decision_ByTheLeadAssessor_Is403AndIssuesNoCertificate()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);

        var response = await (await app.ClientFor(a.Lead.Email)).PostAsJsonAsync($"{AssessmentPath(a)}/decision", new { note = "I rated it, so I decide." });

        AssertProblem(response, HttpStatusCode.Forbidden);
        Assert.Contains("someone else", (await JsonAsync(response)).GetProperty("detail").GetString());
        Assert.Equal(AssessmentStatus.ReportReleased, await StatusAsync(a));
        Assert.False(await app.WithDbAsync(db => db.Set<Certificate>().AnyAsync(c => c.AssessmentId == a.Id)));
    }

    [DbFact]
    public async Task Decision_ByTheAdmin_IssuesTheCertificateAndEmailsTheOrganisation()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);

        var response = await (await app.ClientFor(a.Body.Admin.Email)).PostAsJsonAsync($"{AssessmentPath(a)}/decision", new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var info = await JsonAsync(response);
        Assert.Equal("Decided", info.GetProperty("status").GetString());
        Assert.Equal("Certify", info.GetProperty("outcome").GetString());
        var number = info.GetProperty("certificate").GetProperty("number").GetString();
        Assert.Equal(number, await app.WithDbAsync(db => db.Set<Certificate>().Where(c => c.AssessmentId == a.Id).Select(c => c.Number).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == a.Organisation.Admin.Email && m.Subject == "Your organisation has been certified")));
    }

    [DbFact]
    public async Task Decision_BeforeTheReportIsReleased_Is409()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Rated);

        AssertProblem(await (await app.ClientFor(a.Body.Admin.Email)).PostAsJsonAsync($"{AssessmentPath(a)}/decision", new { note = (string?)null }), HttpStatusCode.Conflict);
    }

    [DbFact]
    public async Task AssessorsAndConflicts_AdminManages_AssessorGets403()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var organisation = await app.Data.CreateOrganisationAsync();
        var admin = await app.ClientFor(body.Admin.Email);

        var assessors = await JsonAsync(await admin.GetAsync($"{Base(body.Id)}/assessors"));
        var invalid = await admin.PostAsJsonAsync($"{Base(body.Id)}/conflicts", new { assessorUserId = body.Member.Id, reason = "" });
        var created = await admin.PostAsJsonAsync($"{Base(body.Id)}/conflicts", new { assessorUserId = body.Member.Id, organisationId = organisation.Id, reason = "Advised them." });
        var listed = await JsonAsync(await admin.GetAsync($"{Base(body.Id)}/conflicts"));
        var conflictId = listed[0].GetProperty("id").GetGuid();
        var withdrawn = await admin.DeleteAsync($"{Base(body.Id)}/conflicts/{conflictId}");
        var again = await admin.DeleteAsync($"{Base(body.Id)}/conflicts/{conflictId}");
        var unknown = await admin.DeleteAsync($"{Base(body.Id)}/conflicts/{Guid.NewGuid()}");

        var only = Assert.Single(assessors.EnumerateArray());
        Assert.Equal(body.Member.Email, only.GetProperty("email").GetString());
        Assert.True(only.GetProperty("isActive").GetBoolean());
        AssertProblem(invalid, HttpStatusCode.BadRequest);
        var errors = (await JsonAsync(invalid)).GetProperty("errors");
        Assert.Equal("Select an organisation", errors.GetProperty("OrganisationId")[0].GetString());
        Assert.Equal("Enter the reason for the conflict of interest", errors.GetProperty("Reason")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(organisation.Name, listed[0].GetProperty("organisationName").GetString());
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        AssertProblem(again, HttpStatusCode.Conflict);
        AssertProblem(unknown, HttpStatusCode.NotFound);
        var assessor = await app.ClientFor(body.Member.Email);
        AssertProblem(await assessor.GetAsync($"{Base(body.Id)}/assessors"), HttpStatusCode.Forbidden);
        AssertProblem(await assessor.GetAsync($"{Base(body.Id)}/conflicts"), HttpStatusCode.Forbidden);
    }

    [DbFact]
    public async Task Sizing_DefaultThenReplaced_InvalidIs400ByBand_AssessorMayReadNotWrite()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var admin = await app.ClientFor(body.Admin.Email);
        var assessor = await app.ClientFor(body.Member.Email);

        var initial = await JsonAsync(await assessor.GetAsync($"{Base(body.Id)}/sizing"));
        var invalid = await admin.PutAsJsonAsync($"{Base(body.Id)}/sizing", new { bands = new object[] { new { upToStaff = 500, deskDays = 1, onSiteDays = 1 }, new { upToStaff = 400, deskDays = 1, onSiteDays = 1 } } });
        var refused = await assessor.PutAsJsonAsync($"{Base(body.Id)}/sizing", new { bands = new object[] { new { upToStaff = (int?)null, deskDays = 1, onSiteDays = 1 } } });
        var replaced = await admin.PutAsJsonAsync($"{Base(body.Id)}/sizing", new { bands = new object[] { new { upToStaff = 100, deskDays = 0.5, onSiteDays = 1 }, new { upToStaff = (int?)null, deskDays = 1, onSiteDays = 2 } } });

        Assert.True(initial.GetProperty("isDefault").GetBoolean());
        Assert.Equal(3, initial.GetProperty("bands").GetArrayLength());
        AssertProblem(invalid, HttpStatusCode.BadRequest);
        Assert.Equal("Leave the number of staff for the last band empty, so that it covers any number",
            (await JsonAsync(invalid)).GetProperty("errors").GetProperty("Bands[1].UpToStaff")[0].GetString());
        AssertProblem(refused, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var table = await JsonAsync(replaced);
        Assert.False(table.GetProperty("isDefault").GetBoolean());
        Assert.Equal(0.5m, table.GetProperty("bands")[0].GetProperty("deskDays").GetDecimal());
    }
}

public sealed class BodyAssessmentsApiTestsOnSqlite(SqliteApp app) : BodyAssessmentsApiTests(app), IClassFixture<SqliteApp>;

public sealed class BodyAssessmentsApiTestsOnPostgres(PostgresApp app) : BodyAssessmentsApiTests(app), IClassFixture<PostgresApp>;
