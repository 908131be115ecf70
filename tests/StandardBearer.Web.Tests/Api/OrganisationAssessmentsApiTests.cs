using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Assessments;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

public abstract class OrganisationAssessmentsApiTests(AppFixture app)
{
    private static string Base(Guid organisationId) => $"/api/v1/organisations/{organisationId}";

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

    private async Task<EvidenceRequest> RaiseAsync(TestAssessment a) =>
        await app.WithServicesAsync(sp => sp.GetRequiredService<AssessmentService>().RaiseEvidenceRequestAsync(a.Body.Id, a.Id, new RaiseEvidenceRequest
        {
            ElementNumber = "3.2.1", Text = "Please provide the staff training plan.", DueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10),
        }, TestData.ActorFor(a.Lead)));

    [DbFact]
    public async Task Apply_AsAdmin_Creates_AsMemberIs403_BadInputIs400ByField_SecondIs409()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(organisation.Id);
        var body = await app.Data.CreateBodyAsync();
        var admin = await app.ClientFor(organisation.Admin.Email);
        var member = await app.ClientFor(organisation.Member.Email);

        AssertProblem(await member.PostAsJsonAsync($"{Base(organisation.Id)}/assessments", TestData.Application(body.Id)), HttpStatusCode.Forbidden);
        var bad = await admin.PostAsJsonAsync($"{Base(organisation.Id)}/assessments", new { type = "Initial", staffNumbers = 0, contactEmail = "nope" });
        AssertProblem(bad, HttpStatusCode.BadRequest);
        var errors = (await JsonAsync(bad)).GetProperty("errors");
        foreach (var field in new[] { "CertificationBodyId", "ScopeKind", "Sites", "StaffNumbers", "ContactEmail" })
            Assert.True(errors.TryGetProperty(field, out _), field);
        AssertProblem(await admin.PostAsJsonAsync($"{Base(organisation.Id)}/assessments", new { type = "Sideways" }), HttpStatusCode.BadRequest);
        Assert.False(await app.WithDbAsync(db => db.Set<Assessment>().AnyAsync(x => x.OrganisationId == organisation.Id)));

        var created = await admin.PostAsJsonAsync($"{Base(organisation.Id)}/assessments", TestData.Application(body.Id));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var info = await JsonAsync(created);
        Assert.Equal("Applied", info.GetProperty("status").GetString());
        Assert.Equal(created.Headers.Location!.OriginalString, $"{Base(organisation.Id)}/assessments/{info.GetProperty("id").GetGuid()}");
        AssertProblem(await admin.PostAsJsonAsync($"{Base(organisation.Id)}/assessments", TestData.Application(body.Id)), HttpStatusCode.Conflict);
        var list = await JsonAsync(await member.GetAsync($"{Base(organisation.Id)}/assessments"));
        Assert.Single(list.EnumerateArray());
    }

    [DbFact]
    public async Task Get_ForMembers_404ForOtherOrganisationsAndTheBody_401Anonymous()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var url = $"{Base(a.Organisation.Id)}/assessments/{a.Id}";

        var member = await (await app.ClientFor(a.Organisation.Member.Email)).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        Assert.Equal("Test Assessor", (await JsonAsync(member)).GetProperty("leadAssessorName").GetString());
        AssertProblem(await (await app.ClientFor(other.Admin.Email)).GetAsync(url), HttpStatusCode.NotFound);
        AssertProblem(await (await app.ClientFor(a.Lead.Email)).GetAsync(url), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync($"{Base(other.Id)}/assessments/{a.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(url)).StatusCode);
    }

    [DbFact]
    public async Task Answer_ListsThenAnswers_Once_WithLibraryEvidenceOnly()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var request = await RaiseAsync(a);
        var plan = await app.Data.CreateEvidenceAsync(a.Organisation.Id, "Training plan 2026");
        var theirs = await app.Data.CreateEvidenceAsync((await app.Data.CreateOrganisationWithUsersAsync()).Id, "Not ours");
        var member = await app.ClientFor(a.Organisation.Member.Email);
        var requests = $"{Base(a.Organisation.Id)}/assessments/{a.Id}/evidence-requests";

        var open = await JsonAsync(await member.GetAsync(requests));
        Assert.Equal("Open", open[0].GetProperty("status").GetString());

        var empty = await member.PostAsJsonAsync($"{requests}/{request.Id}/answer", new { comment = "", evidenceItemIds = new[] { theirs.Id } });
        AssertProblem(empty, HttpStatusCode.BadRequest);
        var errors = (await JsonAsync(empty)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Comment", out _));
        Assert.True(errors.TryGetProperty("EvidenceItemIds", out _));
        AssertProblem(await member.PostAsJsonAsync($"{requests}/{Guid.NewGuid()}/answer", new { comment = "Here" }), HttpStatusCode.NotFound);

        var answered = await member.PostAsJsonAsync($"{requests}/{request.Id}/answer", new { comment = "Attached.", evidenceItemIds = new[] { plan.Id } });

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var row = await JsonAsync(answered);
        Assert.Equal("Answered", row.GetProperty("status").GetString());
        Assert.Equal(["Training plan 2026"], row.GetProperty("answeredWith").EnumerateArray().Select(x => x.GetString()));
        AssertProblem(await member.PostAsJsonAsync($"{requests}/{request.Id}/answer", new { comment = "Again" }), HttpStatusCode.Conflict);
    }

    [DbFact]
    public async Task Certificates_ListTheIssuedCertificate()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Decided);

        var list = await JsonAsync(await (await app.ClientFor(a.Organisation.Member.Email)).GetAsync($"{Base(a.Organisation.Id)}/certificates"));

        var certificate = Assert.Single(list.EnumerateArray());
        Assert.Equal(a.Id, certificate.GetProperty("assessmentId").GetGuid());
        Assert.Equal("Active", certificate.GetProperty("status").GetString());
        Assert.StartsWith("CSE-", certificate.GetProperty("number").GetString(), StringComparison.Ordinal);
    }
}

public sealed class OrganisationAssessmentsApiTestsOnSqlite(SqliteApp app) : OrganisationAssessmentsApiTests(app), IClassFixture<SqliteApp>;

public sealed class OrganisationAssessmentsApiTestsOnPostgres(PostgresApp app) : OrganisationAssessmentsApiTests(app), IClassFixture<PostgresApp>;
