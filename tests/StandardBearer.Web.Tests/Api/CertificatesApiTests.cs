using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Testing;
using StandardBearer.Web.Tests.Pages.Certificates;

namespace StandardBearer.Web.Tests.Api;

public abstract class CertificatesApiTests(AppFixture app)
{
    private static string Base(Guid bodyId) => $"/api/v1/certification-bodies/{bodyId}";

    private static string CertificatePath(TestAssessment a, Guid id) => $"{Base(a.Body.Id)}/certificates/{id}";

    private static string AwardsPath(TestAssessment a) => $"{Base(a.Body.Id)}/organisations/{a.Organisation.Id}/predecessor-awards";

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

    private static async Task AssertErrorAsync(HttpResponseMessage response, string field, string message)
    {
        AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(message, (await JsonAsync(response)).GetProperty("errors").GetProperty(field)[0].GetString());
    }

    private Task<CertificateStatus> StatusAsync(Guid id) =>
        app.WithDbAsync(db => db.Set<Certificate>().Where(c => c.Id == id).Select(c => c.Status).SingleAsync());

    [DbFact]
    public async Task ListAndGet_ForTheAdmin_403ForTheAssessor_404ForOtherBodies_401Anonymous()
    {
        var (a, id, number) = await app.Data.CreateCertificateAsync(partial: ["1.1.2"]);
        var other = await app.Data.CreateBodyWithUsersAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var list = await JsonAsync(await admin.GetAsync($"{Base(a.Body.Id)}/certificates"));
        var filtered = await JsonAsync(await admin.GetAsync($"{Base(a.Body.Id)}/certificates?status=Suspended"));
        var details = await admin.GetAsync(CertificatePath(a, id));

        var row = Assert.Single(list.EnumerateArray());
        Assert.Equal(number, row.GetProperty("number").GetString());
        Assert.Equal("Active", row.GetProperty("status").GetString());
        Assert.Equal("FirstAnnualReview", row.GetProperty("nextMilestone").GetProperty("kind").GetString());
        Assert.Equal(0, filtered.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        var json = await JsonAsync(details);
        Assert.Equal(a.Organisation.Name, json.GetProperty("organisationName").GetString());
        Assert.Equal(3, json.GetProperty("plan").GetArrayLength());
        Assert.Contains(json.GetProperty("plan")[0].GetProperty("elements").EnumerateArray(),
            e => e.GetProperty("number").GetString() == "1.1.2" && e.GetProperty("reason").GetString() == "PartialAtLastVisit");
        Assert.Equal(3, json.GetProperty("milestones").GetArrayLength());
        Assert.Equal("Issued", json.GetProperty("history")[0].GetProperty("kind").GetString());
        Assert.StartsWith("Held since", json.GetProperty("holding").GetProperty("sentence").GetString());

        AssertProblem(await (await app.ClientFor(a.Lead.Email)).GetAsync(CertificatePath(a, id)), HttpStatusCode.Forbidden);
        AssertProblem(await (await app.ClientFor(a.Lead.Email)).GetAsync($"{Base(a.Body.Id)}/certificates"), HttpStatusCode.Forbidden);
        AssertProblem(await (await app.ClientFor(other.Admin.Email)).GetAsync(CertificatePath(a, id)), HttpStatusCode.NotFound);
        AssertProblem(await (await app.ClientFor(other.Admin.Email)).GetAsync($"{Base(other.Id)}/certificates/{id}"), HttpStatusCode.NotFound);
        AssertProblem(await admin.GetAsync($"{Base(a.Body.Id)}/certificates/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(CertificatePath(a, id))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"{Base(a.Body.Id)}/certificates?status=Revoked")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Base(a.Body.Id)}/certificates/not-a-guid")).StatusCode);
    }

    [DbFact]
    public async Task Status_NoReasonOrNotAllowed_Is400ByField_SuspendChangesItAndAddsHistory()
    {
        var (a, id, _) = await app.Data.CreateCertificateAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var noReason = await admin.PostAsJsonAsync($"{CertificatePath(a, id)}/status", new { status = "Suspended", reason = "" });
        var reinstate = await admin.PostAsJsonAsync($"{CertificatePath(a, id)}/status", new { status = "Active", reason = "Try it" });
        var unknown = await admin.PostAsJsonAsync($"{CertificatePath(a, id)}/status", new { status = "Revoked", reason = "Try it" });
        var assessor = await (await app.ClientFor(a.Lead.Email)).PostAsJsonAsync($"{CertificatePath(a, id)}/status", new { status = "Suspended", reason = "Try it" });
        var suspended = await admin.PostAsJsonAsync($"{CertificatePath(a, id)}/status", new { status = "Suspended", reason = "Annual review overdue." });

        await AssertErrorAsync(noReason, "Reason", "Enter the reason for the change");
        await AssertErrorAsync(reinstate, "Status", "A certificate that is active can only be suspended, withdrawn or cancelled");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        AssertProblem(assessor, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        var json = await JsonAsync(suspended);
        Assert.Equal("Suspended", json.GetProperty("status").GetString());
        Assert.Equal("Annual review overdue.", json.GetProperty("history")[0].GetProperty("reason").GetString());
        Assert.Equal(CertificateStatus.Suspended, await StatusAsync(id));
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<CertificateEvent>().CountAsync(e => e.CertificateId == id)));
    }

    [DbFact]
    public async Task Confidential_MissingIs400_TrueTakesItOffTheRegister()
    {
        var (a, id, _) = await app.Data.CreateCertificateAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var missing = await admin.PutAsJsonAsync($"{CertificatePath(a, id)}/confidential", new { });
        var set = await admin.PutAsJsonAsync($"{CertificatePath(a, id)}/confidential", new { confidential = true });

        await AssertErrorAsync(missing, "Confidential", "Select whether the certificate is listed on the public register");
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.True((await JsonAsync(set)).GetProperty("confidential").GetBoolean());
        Assert.True(await app.WithDbAsync(db => db.Set<Certificate>().Where(c => c.Id == id).Select(c => c.Confidential).SingleAsync()));
    }

    [DbFact]
    public async Task ReviewPlan_IncompleteIs400_CompleteSaves_EndedIs409()
    {
        var (a, id, _) = await app.Data.CreateCertificateAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);
        var rotation = await app.WithDbAsync(db => db.Set<ReviewPlanItem>().Where(p => p.CertificateId == id && p.Reason == ReviewPlanReason.Rotation)
            .ToDictionaryAsync(p => p.ElementNumber, p => p.Visit));
        var everyThird = rotation.ToDictionary(kv => kv.Key, kv => kv.Key == "1.1.1" ? 3 : kv.Value);

        var incomplete = await admin.PutAsJsonAsync($"{CertificatePath(a, id)}/review-plan", new { rotationVisit = new Dictionary<string, int> { ["1.1.1"] = 2 } });
        var outOfRange = await admin.PutAsJsonAsync($"{CertificatePath(a, id)}/review-plan", new { rotationVisit = rotation.ToDictionary(kv => kv.Key, kv => kv.Key == "1.1.1" ? 7 : kv.Value) });
        var saved = await admin.PutAsJsonAsync($"{CertificatePath(a, id)}/review-plan", new { rotationVisit = everyThird });

        AssertProblem(incomplete, HttpStatusCode.BadRequest);
        Assert.StartsWith("Select a visit for ", (await JsonAsync(incomplete)).GetProperty("errors").GetProperty("RotationVisit")[0].GetString());
        await AssertErrorAsync(outOfRange, "RotationVisit", "Select the first annual review, the second annual review or the reassessment for 1.1.1");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains((await JsonAsync(saved)).GetProperty("plan")[2].GetProperty("elements").EnumerateArray(), e => e.GetProperty("number").GetString() == "1.1.1");
        Assert.Equal(3, await app.WithDbAsync(db => db.Set<ReviewPlanItem>().Where(p => p.CertificateId == id && p.ElementNumber == "1.1.1").Select(p => p.Visit).SingleAsync()));

        await app.Data.ChangeCertificateStatusAsync(a, id, CertificateStatus.Cancelled, "Moved to another body.");
        AssertProblem(await admin.PutAsJsonAsync($"{CertificatePath(a, id)}/review-plan", new { rotationVisit = everyThird }), HttpStatusCode.Conflict);
    }

    [DbFact]
    public async Task PredecessorAwards_AddListRemove_BadInputIs400_OtherBodiesGet404()
    {
        var (a, _, _) = await app.Data.CreateCertificateAsync();
        var other = await app.Data.CreateBodyWithUsersAsync();
        var stranger = await app.Data.CreateOrganisationAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var noName = await admin.PostAsJsonAsync(AwardsPath(a), new { name = "", heldFrom = "1997-04-01" });
        var backwards = await admin.PostAsJsonAsync(AwardsPath(a), new { name = "Charter Mark", heldFrom = "1997-04-01", heldUntil = "1996-01-01" });
        var badDate = await admin.PostAsJsonAsync(AwardsPath(a), new { name = "Charter Mark", heldFrom = "1997-02-31" });
        var notAClient = await admin.PostAsJsonAsync($"{Base(a.Body.Id)}/organisations/{stranger.Id}/predecessor-awards", new { name = "Charter Mark", heldFrom = "1997-04-01" });
        var created = await admin.PostAsJsonAsync(AwardsPath(a), new { name = "Charter Mark", heldFrom = "1997-04-01" });

        await AssertErrorAsync(noName, "Name", "Enter the name of the award, like Charter Mark");
        await AssertErrorAsync(backwards, "HeldUntil", "The date the award ended must be the same as or after the date it was first held");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        AssertProblem(notAClient, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var award = await JsonAsync(created);
        Assert.Equal("1997-04-01", award.GetProperty("heldFrom").GetString());
        var awardId = award.GetProperty("id").GetGuid();

        var list = await JsonAsync(await admin.GetAsync(AwardsPath(a)));
        Assert.Equal("Charter Mark", Assert.Single(list.EnumerateArray()).GetProperty("name").GetString());
        var details = await JsonAsync(await (await app.ClientFor(a.Organisation.Admin.Email)).GetAsync($"/api/v1/organisations/{a.Organisation.Id}/certificates"));
        Assert.Equal(1, details.GetArrayLength());
        AssertProblem(await (await app.ClientFor(other.Admin.Email)).GetAsync(AwardsPath(a)), HttpStatusCode.NotFound);
        AssertProblem(await (await app.ClientFor(other.Admin.Email)).DeleteAsync($"{Base(other.Id)}/predecessor-awards/{awardId}"), HttpStatusCode.NotFound);
        AssertProblem(await (await app.ClientFor(a.Lead.Email)).DeleteAsync($"{Base(a.Body.Id)}/predecessor-awards/{awardId}"), HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Base(a.Body.Id)}/predecessor-awards/{awardId}")).StatusCode);
        AssertProblem(await admin.DeleteAsync($"{Base(a.Body.Id)}/predecessor-awards/{awardId}"), HttpStatusCode.NotFound);
        Assert.False(await app.WithDbAsync(db => db.Set<PredecessorAward>().AnyAsync(p => p.OrganisationId == a.Organisation.Id)));
    }

    [DbFact]
    public async Task Organisation_GetsItsCertificateAndPdf_OthersGet404()
    {
        var (a, id, number) = await app.Data.CreateCertificateAsync();
        await app.Data.ChangeCertificateStatusAsync(a, id, CertificateStatus.Suspended, "Annual review overdue.");
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var orgPath = $"/api/v1/organisations/{a.Organisation.Id}/certificates/{id}";
        var member = await app.ClientFor(a.Organisation.Member.Email);

        var details = await member.GetAsync(orgPath);
        var list = await JsonAsync(await member.GetAsync($"/api/v1/organisations/{a.Organisation.Id}/certificates"));

        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Equal("Suspended", (await JsonAsync(details)).GetProperty("status").GetString());
        Assert.Equal("Suspended", list[0].GetProperty("status").GetString());
        AssertProblem(await (await app.ClientFor(other.Admin.Email)).GetAsync(orgPath), HttpStatusCode.NotFound);
        AssertProblem(await (await app.ClientFor(other.Admin.Email)).GetAsync($"/api/v1/organisations/{other.Id}/certificates/{id}"), HttpStatusCode.NotFound);
        AssertProblem(await (await app.ClientFor(other.Admin.Email)).GetAsync($"/api/v1/organisations/{other.Id}/certificates/{id}/pdf"), HttpStatusCode.NotFound);
        AssertProblem(await (await app.ClientFor(a.Body.Admin.Email)).GetAsync(orgPath), HttpStatusCode.NotFound);

        foreach (var (client, url) in new[] { (member, $"{orgPath}/pdf"), (await app.ClientFor(a.Body.Admin.Email), $"{CertificatePath(a, id)}/pdf") })
        {
            var pdf = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            var text = await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync());
            Assert.Contains(number, text);
            Assert.Contains("Suspended", text);
            Assert.Contains(Dates.Day(Dates.ToDate(DateTimeOffset.UtcNow).AddYears(Certificate.ValidYears)), text);
        }
    }
}

public sealed class CertificatesApiTestsOnSqlite(SqliteApp app) : CertificatesApiTests(app), IClassFixture<SqliteApp>;

public sealed class CertificatesApiTestsOnPostgres(PostgresApp app) : CertificatesApiTests(app), IClassFixture<PostgresApp>;
