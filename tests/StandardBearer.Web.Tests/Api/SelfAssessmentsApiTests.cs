using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

public abstract class SelfAssessmentsApiTests(AppFixture app)
{
    private async Task<(TestTenant Tenant, Guid SelfAssessmentId, string Base)> StartedAsync()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var record = await app.Data.StartSelfAssessmentAsync(tenant.Id);
        return (tenant, record.Id, $"/api/v1/organisations/{tenant.Id}/self-assessments/{record.Id}/elements");
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static object Save(int expectedVersion, string? rating = "Compliance", string? narrative = null, string progress = "InProgress", Guid? owner = null) =>
        new { progress, ratingKey = rating, narrative, ownerUserId = owner, expectedVersion };

    [DbFact]
    public async Task List_AfterStart_ShowsTheOpenSelfAssessment()
    {
        var (tenant, id, _) = await StartedAsync();
        var member = await app.ClientFor(tenant.Member.Email);

        var list = await JsonAsync(await member.GetAsync($"/api/v1/organisations/{tenant.Id}/self-assessments"));

        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal(id, only.GetProperty("id").GetGuid());
        Assert.Equal("Open", only.GetProperty("status").GetString());
        Assert.Equal("summaries-1", only.GetProperty("versionLabel").GetString());
        Assert.Equal(JsonValueKind.Null, only.GetProperty("closedAt").ValueKind);
    }

    [DbFact]
    public async Task TaskList_ListsEveryElementWithItsEvidenceAndTheReadiness()
    {
        var (tenant, _, elements) = await StartedAsync();
        await app.Data.CreateEvidenceAsync(tenant.Id, linkToElement: "1.1.1");
        var member = await app.ClientFor(tenant.Member.Email);
        (await member.PutAsJsonAsync($"{elements}/1.1.2", Save(0, "CompliancePlus", owner: tenant.Member.Id))).EnsureSuccessStatusCode();

        var tasks = await JsonAsync(await member.GetAsync(elements));

        var rows = tasks.GetProperty("criteria").EnumerateArray().SelectMany(c => c.GetProperty("subCriteria").EnumerateArray())
            .SelectMany(s => s.GetProperty("elements").EnumerateArray()).ToList();
        Assert.Equal(57, rows.Count);
        Assert.Equal(5, tasks.GetProperty("criteria").GetArrayLength());
        Assert.Equal(1, rows.Single(r => r.GetProperty("number").GetString() == "1.1.1").GetProperty("evidenceCount").GetInt32());
        var rated = rows.Single(r => r.GetProperty("number").GetString() == "1.1.2");
        Assert.Equal("CompliancePlus", rated.GetProperty("ratingKey").GetString());
        Assert.Equal("Compliance Plus", rated.GetProperty("ratingName").GetString());
        Assert.Equal("InProgress", rated.GetProperty("progress").GetString());
        Assert.Equal("Test OrganisationMember", rated.GetProperty("owner").GetString());
        var readiness = tasks.GetProperty("readiness");
        Assert.Equal(56, readiness.GetProperty("overall").GetProperty("notRated").GetInt32());
        Assert.Equal(56, readiness.GetProperty("overall").GetProperty("withoutEvidence").GetInt32());
        Assert.Contains("56 of 57 elements are not yet rated", readiness.GetProperty("statement").GetString());
        Assert.Equal(5, readiness.GetProperty("criteria").GetArrayLength());
    }

    [DbFact]
    public async Task GetElement_ShowsTheTextTheVersionAndLinkedEvidenceWithDownloadLinks()
    {
        var (tenant, _, elements) = await StartedAsync();
        var bytes = TestData.Pdf(Guid.NewGuid().ToString());
        var item = await app.Data.CreateEvidenceAsync(tenant.Id, "Customer journey map", linkToElement: "2.1.3", content: bytes);
        var member = await app.ClientFor(tenant.Member.Email);

        var element = await JsonAsync(await member.GetAsync($"{elements}/2.1.3"));

        Assert.Equal("2.1.3", element.GetProperty("number").GetString());
        Assert.False(string.IsNullOrEmpty(element.GetProperty("statement").GetString()));
        Assert.Equal(0, element.GetProperty("version").GetInt32());
        Assert.Equal("NotStarted", element.GetProperty("progress").GetString());
        var evidence = Assert.Single(element.GetProperty("evidence").EnumerateArray());
        Assert.Equal(item.Id, evidence.GetProperty("id").GetGuid());
        Assert.Equal("Document", evidence.GetProperty("kind").GetString());
        var file = Assert.Single(evidence.GetProperty("files").EnumerateArray());
        var download = await member.GetAsync(file.GetProperty("downloadUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
    }

    [DbFact]
    public async Task GetElement_UnknownNumber_Is404()
    {
        var (tenant, _, elements) = await StartedAsync();

        var response = await (await app.ClientFor(tenant.Member.Email)).GetAsync($"{elements}/9.9.9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [DbFact]
    public async Task PutElement_Valid_SavesAndReturnsTheNewVersion()
    {
        var (tenant, _, elements) = await StartedAsync();
        var member = await app.ClientFor(tenant.Member.Email);

        var response = await member.PutAsJsonAsync($"{elements}/4.3.2",
            Save(0, "CompliancePlus", "Complaints: **one** form.", "Completed", tenant.Admin.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var element = await JsonAsync(response);
        Assert.Equal(1, element.GetProperty("version").GetInt32());
        Assert.Equal("Completed", element.GetProperty("progress").GetString());
        Assert.Equal("Compliance Plus", element.GetProperty("ratingName").GetString());
        Assert.Equal("Complaints: **one** form.", element.GetProperty("narrative").GetString());
        Assert.Equal(tenant.Admin.Id, element.GetProperty("owner").GetProperty("id").GetGuid());
        Assert.Equal("Test OrganisationMember", element.GetProperty("updatedBy").GetString());
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "ElementSelfAssessed" && e.OrganisationId == tenant.Id && e.UserId == tenant.Member.Id)));
    }

    [DbFact]
    public async Task PutElement_StaleVersion_Is409CarryingWhatTheOtherPersonSaved()
    {
        var (tenant, _, elements) = await StartedAsync();
        var admin = await app.ClientFor(tenant.Admin.Email);
        var member = await app.ClientFor(tenant.Member.Email);
        (await admin.PutAsJsonAsync($"{elements}/3.2.1", Save(0, "PartialCompliance", "The admin's account of 3.2.1."))).EnsureSuccessStatusCode();

        var stale = await member.PutAsJsonAsync($"{elements}/3.2.1", Save(0, "Compliance", "The member's own account."));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(stale);
        Assert.Equal("The admin's account of 3.2.1.", problem.GetProperty("narrative").GetString());
        Assert.Equal("PartialCompliance", problem.GetProperty("ratingKey").GetString());
        Assert.Equal("Partial Compliance", problem.GetProperty("ratingName").GetString());
        Assert.Equal("Test OrganisationAdmin", problem.GetProperty("updatedBy").GetString());
        Assert.Equal(1, problem.GetProperty("version").GetInt32());
        Assert.True(problem.TryGetProperty("updatedAt", out var at) && at.ValueKind == JsonValueKind.String);
        Assert.Contains("Test OrganisationAdmin saved element 3.2.1", problem.GetProperty("detail").GetString());

        // Saving again on top of the version the conflict reported succeeds: nothing was lost on either side.
        var retry = await member.PutAsJsonAsync($"{elements}/3.2.1", Save(1, "Compliance", "The member's own account."));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(2, (await JsonAsync(retry)).GetProperty("version").GetInt32());
    }

    [DbTheory]
    [InlineData("NotARating", "InProgress", "RatingKey", "Select a rating")]
    [InlineData(null, "Completed", "RatingKey", "Select a rating before marking the element as completed")]
    public async Task PutElement_Invalid_Is400WithThePagesMessage(string? rating, string progress, string field, string message)
    {
        var (tenant, _, elements) = await StartedAsync();

        var response = await (await app.ClientFor(tenant.Member.Email)).PutAsJsonAsync($"{elements}/1.2.1", Save(0, rating, progress: progress));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(message, (await JsonAsync(response)).GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [DbFact]
    public async Task PutElement_NarrativeTooLong_Is400WithThePagesMessage()
    {
        var (tenant, _, elements) = await StartedAsync();

        var response = await (await app.ClientFor(tenant.Member.Email)).PutAsJsonAsync($"{elements}/1.2.1", Save(0, narrative: new string('x', 20001)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("How you meet this element must be 20,000 characters or fewer",
            (await JsonAsync(response)).GetProperty("errors").GetProperty("Narrative")[0].GetString());
    }

    [DbFact]
    public async Task PutElement_ClosedSelfAssessment_Is409()
    {
        var (tenant, id, elements) = await StartedAsync();
        await app.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<SelfAssessmentService>().CloseAsync(tenant.Id, id, Actor.System("test"));
            return true;
        });

        var response = await (await app.ClientFor(tenant.Admin.Email)).PutAsJsonAsync($"{elements}/1.1.1", Save(0));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("closed", (await JsonAsync(response)).GetProperty("detail").GetString());
    }

    [DbFact]
    public async Task LinkAndUnlink_ChangeTheElementsEvidence()
    {
        var (tenant, _, elements) = await StartedAsync();
        var first = await app.Data.CreateEvidenceAsync(tenant.Id, "Panel minutes");
        var second = await app.Data.CreateEvidenceAsync(tenant.Id, "Survey results");
        var member = await app.ClientFor(tenant.Member.Email);

        var linked = await member.PostAsJsonAsync($"{elements}/1.3.1/evidence", new { itemIds = new[] { first.Id, second.Id } });
        var again = await member.PostAsJsonAsync($"{elements}/1.3.1/evidence", new { itemIds = new[] { first.Id } });
        var unlinked = await member.DeleteAsync($"{elements}/1.3.1/evidence/{first.Id}");

        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(2, (await JsonAsync(linked)).GetProperty("evidence").GetArrayLength());
        Assert.Equal(2, (await JsonAsync(again)).GetProperty("evidence").GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, unlinked.StatusCode);
        var element = await JsonAsync(await member.GetAsync($"{elements}/1.3.1"));
        Assert.Equal(second.Id, Assert.Single(element.GetProperty("evidence").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [DbFact]
    public async Task Link_AnotherOrganisationsItem_Is400AndLinksNothing()
    {
        var (tenant, _, elements) = await StartedAsync();
        var theirs = await app.Data.CreateOrganisationWithUsersAsync();
        var theirItem = await app.Data.CreateEvidenceAsync(theirs.Id);

        var response = await (await app.ClientFor(tenant.Member.Email)).PostAsJsonAsync($"{elements}/1.3.1/evidence", new { itemIds = new[] { theirItem.Id } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Select evidence from your organisation's library", (await JsonAsync(response)).GetProperty("errors").GetProperty("ItemIds")[0].GetString());
        Assert.False(await app.WithDbAsync(db => db.Set<EvidenceLink>().AnyAsync(l => l.EvidenceItemId == theirItem.Id)));
    }

    [DbFact]
    public async Task Unlink_ItemNotLinked_Is404()
    {
        var (tenant, _, elements) = await StartedAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id);

        var response = await (await app.ClientFor(tenant.Member.Email)).DeleteAsync($"{elements}/1.3.1/evidence/{item.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/self-assessments" },
        { "GET", "/self-assessments/{sa}/elements" },
        { "GET", "/self-assessments/{sa}/elements/1.1.1" },
        { "PUT", "/self-assessments/{sa}/elements/1.1.1" },
        { "POST", "/self-assessments/{sa}/elements/1.1.1/evidence" },
        { "DELETE", "/self-assessments/{sa}/elements/1.1.1/evidence/{item}" },
        { "GET", "/evidence" },
        { "POST", "/evidence" },
        { "GET", "/evidence/{item}" },
        { "GET", "/evidence/files/{file}" },
    };

    [DbTheory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryEndpoint_OutsidersGet404_AnonymousGets401_NothingChanges(string method, string path)
    {
        var (tenant, id, _) = await StartedAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id, linkToElement: "1.1.1");
        var fileId = await app.WithDbAsync(db => db.Set<EvidenceFile>().Where(f => f.OrganisationId == tenant.Id).Select(f => f.Id).FirstAsync());
        var url = $"/api/v1/organisations/{tenant.Id}{path}".Replace("{sa}", id.ToString()).Replace("{item}", item.Id.ToString()).Replace("{file}", fileId.ToString());
        var otherOrganisation = await app.Data.CreateOrganisationWithUsersAsync();
        var body = await app.Data.CreateBodyWithUsersAsync();
        var owner = await app.Data.CreateStandardOwnerAsync();

        foreach (var (who, client) in new[]
        {
            ("other organisation's admin", await app.ClientFor(otherOrganisation.Admin.Email)),
            ("other organisation's member", await app.ClientFor(otherOrganisation.Member.Email)),
            ("assessor", await app.ClientFor(body.Member.Email)),
            ("certification body admin", await app.ClientFor(body.Admin.Email)),
            ("standard owner", await app.ClientFor(owner.Email)),
        })
        {
            var response = await client.SendAsync(Request(method, url, item.Id));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who}: {method} {path} gave {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().SendAsync(Request(method, url, item.Id))).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync(i => i.OrganisationId == tenant.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<EvidenceLink>().CountAsync(l => l.OrganisationId == tenant.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ElementSelfAssessment>().Where(e => e.SelfAssessmentId == id).MaxAsync(e => e.Version)));
    }

    [DbTheory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryEndpoint_MembersAreAllowed(string method, string path)
    {
        var (tenant, id, _) = await StartedAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id, linkToElement: "1.1.1");
        var fileId = await app.WithDbAsync(db => db.Set<EvidenceFile>().Where(f => f.OrganisationId == tenant.Id).Select(f => f.Id).FirstAsync());
        var url = $"/api/v1/organisations/{tenant.Id}{path}".Replace("{sa}", id.ToString()).Replace("{item}", item.Id.ToString()).Replace("{file}", fileId.ToString());

        var response = await (await app.ClientFor(tenant.Member.Email)).SendAsync(Request(method, url, item.Id));

        Assert.True(response.IsSuccessStatusCode, $"{method} {path} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [DbFact]
    public async Task OwnOrganisationsRoute_WithAnotherOrganisationsIds_Is404()
    {
        var (tenant, _, _) = await StartedAsync();
        var (theirs, theirAssessment, _) = await StartedAsync();
        var theirItem = await app.Data.CreateEvidenceAsync(theirs.Id);
        var theirFile = await app.WithDbAsync(db => db.Set<EvidenceFile>().Where(f => f.OrganisationId == theirs.Id).Select(f => f.Id).FirstAsync());
        var member = await app.ClientFor(tenant.Member.Email);
        var mine = $"/api/v1/organisations/{tenant.Id}";

        foreach (var url in new[]
        {
            $"{mine}/self-assessments/{theirAssessment}/elements", $"{mine}/self-assessments/{theirAssessment}/elements/1.1.1",
            $"{mine}/evidence/{theirItem.Id}", $"{mine}/evidence/files/{theirFile}",
        })
        {
            var response = await member.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} gave {(int)response.StatusCode}");
        }
        var put = await member.PutAsJsonAsync($"{mine}/self-assessments/{theirAssessment}/elements/1.1.1", Save(0));
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
    }

    private static HttpRequestMessage Request(string method, string url, Guid itemId) => method switch
    {
        "PUT" => new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(Save(0)) },
        "POST" when url.EndsWith("/evidence", StringComparison.Ordinal) && url.Contains("/elements/", StringComparison.Ordinal) =>
            new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { itemIds = new[] { itemId } }) },
        "POST" => new HttpRequestMessage(HttpMethod.Post, url) { Content = Multipart.Evidence("Outsider's upload", ("files", TestData.Pdf(Guid.NewGuid().ToString()), "x.pdf")) },
        "DELETE" => new HttpRequestMessage(HttpMethod.Delete, url),
        _ => new HttpRequestMessage(HttpMethod.Get, url),
    };
}

public sealed class SelfAssessmentsApiTestsOnSqlite(SqliteApp app) : SelfAssessmentsApiTests(app), IClassFixture<SqliteApp>;

public sealed class SelfAssessmentsApiTestsOnPostgres(PostgresApp app) : SelfAssessmentsApiTests(app), IClassFixture<PostgresApp>;
