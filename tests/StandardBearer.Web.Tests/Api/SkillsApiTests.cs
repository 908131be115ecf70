using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Skills;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

public abstract class SkillsApiTests(AppFixture app)
{
    private static readonly string Yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] UnknownElement = ["8.8.8"];

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await JsonAsync(response);
    }

    private static object Activity(string title = "Peer review of complaints", decimal hours = 7.5m, string[]? elements = null) => new
    {
        kind = "PeerReview", title, date = Yesterday, people = "Complaints officer, two rangers", hours,
        elementNumbers = elements ?? ["4.3.3", "4.3.2"], notes = "Slow acknowledgement at weekends.",
    };

    [DbFact]
    public async Task Learning_AddGetUpdateTotalsEvidenceAndDelete_FollowTheRules()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(tenant.Id);
        var member = await app.ClientFor(tenant.Member.Email);
        var admin = await app.ClientFor(tenant.Admin.Email);
        var log = $"/api/v1/organisations/{tenant.Id}/learning";

        var created = await member.PostAsJsonAsync(log, Activity());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var activity = await JsonAsync(created);
        var id = activity.GetProperty("id").GetGuid();
        Assert.Equal($"{log}/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("PeerReview", activity.GetProperty("kind").GetString());
        Assert.Equal(["4.3.2", "4.3.3"], activity.GetProperty("elementNumbers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(7.5m, activity.GetProperty("hours").GetDecimal());
        Assert.Equal(Yesterday, activity.GetProperty("date").GetString());

        var updated = await member.PutAsJsonAsync($"{log}/{id}", Activity("Peer review of complaints, follow-up", 2m, ["4.3.3"]));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Peer review of complaints, follow-up", (await JsonAsync(updated)).GetProperty("title").GetString());
        Assert.Equal(1, (await member.GetFromJsonAsync<JsonElement>(log)).GetArrayLength());
        Assert.Equal(id, (await member.GetFromJsonAsync<JsonElement>($"{log}/{id}")).GetProperty("id").GetGuid());

        var totals = await member.GetFromJsonAsync<JsonElement>($"{log}/totals");
        Assert.Equal(1, totals.GetProperty("activities").GetInt32());
        var element = Assert.Single(totals.GetProperty("elements").EnumerateArray());
        Assert.Equal(("4.3.3", 1, 2m), (element.GetProperty("number").GetString(), element.GetProperty("activities").GetInt32(), element.GetProperty("hours").GetDecimal()));
        Assert.Equal(5, totals.GetProperty("criteria").GetArrayLength());

        var recorded = await member.PostAsync($"{log}/{id}/evidence", null);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var evidence = await JsonAsync(recorded);
        var itemId = evidence.GetProperty("evidenceItemId").GetGuid();
        Assert.Equal($"/api/v1/organisations/{tenant.Id}/evidence/{itemId}", recorded.Headers.Location?.OriginalString);
        Assert.Equal(["4.3.3"], evidence.GetProperty("linkedElements").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(recorded.Headers.Location)).StatusCode);
        await ProblemAsync(await member.PostAsync($"{log}/{id}/evidence", null), HttpStatusCode.Conflict);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync(i => i.OrganisationId == tenant.Id)));

        await ProblemAsync(await member.DeleteAsync($"{log}/{id}"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{log}/{id}")).StatusCode);
        await ProblemAsync(await admin.GetAsync($"{log}/{id}"), HttpStatusCode.NotFound);
        Assert.False(await app.WithDbAsync(db => db.LearningActivities.AnyAsync(a => a.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Learning_BadInput_Is400ProblemDetails_AndSavesNothing()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(tenant.Member.Email);
        var log = $"/api/v1/organisations/{tenant.Id}/learning";

        var invalid = await ProblemAsync(await member.PostAsJsonAsync(log, new { kind = "Training", title = "", date = "2999-01-01", people = "Team", hours = 1001, elementNumbers = UnknownElement }),
            HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        Assert.Equal("Enter a title", errors.GetProperty("Title")[0].GetString());
        Assert.Equal("The date of the activity must be today or in the past", errors.GetProperty("Date")[0].GetString());
        Assert.Equal("Hours must be more than 0 and no more than 1,000", errors.GetProperty("Hours")[0].GetString());
        Assert.Equal("Enter element numbers from the current standard, like 1.2.1 (8.8.8 is not one)", errors.GetProperty("ElementNumbers")[0].GetString());
        var draftCase = Guid.NewGuid();
        var unknownCase = await ProblemAsync(await member.PostAsJsonAsync(log, new { kind = "Training", title = "T", date = Yesterday, people = "Team", hours = 1, bestPracticeCaseIds = new[] { draftCase } }),
            HttpStatusCode.BadRequest);
        Assert.Equal("Select best-practice cases from the published library", unknownCase.GetProperty("errors").GetProperty("BestPracticeCaseIds")[0].GetString());
        await ProblemAsync(await member.PostAsJsonAsync(log, new { kind = "Gossip", title = "T", date = Yesterday, people = "Team", hours = 1 }), HttpStatusCode.BadRequest);
        await ProblemAsync(await member.PostAsJsonAsync(log, new { kind = "Training", title = "T", date = "31/12/2025", people = "Team", hours = 1 }), HttpStatusCode.BadRequest);
        await ProblemAsync(await member.PostAsync(log, new StringContent("{not json", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await ProblemAsync(await member.PutAsJsonAsync($"{log}/{Guid.NewGuid()}", Activity()), HttpStatusCode.NotFound);
        Assert.False(await app.WithDbAsync(db => db.LearningActivities.AnyAsync(a => a.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Access_Anonymous401_OtherOrganisationAndBodies404()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(tenant.Id);
        var activity = await app.WithServicesAsync(sp => sp.GetRequiredService<LearningLogService>().AddAsync(tenant.Id, new SaveLearningActivityRequest
        {
            Kind = LearningKind.Workshop, Title = "Ours", Date = DateOnly.FromDateTime(DateTime.UtcNow), People = "Team", Hours = 1m,
        }, TestData.ActorFor(tenant.Member)));
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var body = await app.Data.CreateBodyWithUsersAsync();
        var root = $"/api/v1/organisations/{tenant.Id}";
        string[] reads = [$"{root}/my-elements", $"{root}/learning", $"{root}/learning/totals", $"{root}/learning/{activity.Id}", $"{root}/self-assessment/elements/1.1.1/champions"];

        foreach (var url in reads) await ProblemAsync(await app.Anonymous().GetAsync(url), HttpStatusCode.Unauthorized);
        foreach (var outsider in new[] { other.Admin, body.Admin, body.Member })
        {
            var client = await app.ClientFor(outsider.Email);
            foreach (var url in reads) await ProblemAsync(await client.GetAsync(url), HttpStatusCode.NotFound);
            await ProblemAsync(await client.PostAsJsonAsync($"{root}/learning", Activity()), HttpStatusCode.NotFound);
            await ProblemAsync(await client.DeleteAsync($"{root}/learning/{activity.Id}"), HttpStatusCode.NotFound);
            await ProblemAsync(await client.PostAsJsonAsync($"{root}/self-assessment/elements/1.1.1/champions", new { userId = tenant.Member.Id }), HttpStatusCode.NotFound);
        }
        await ProblemAsync(await (await app.ClientFor(other.Admin.Email)).GetAsync($"/api/v1/organisations/{other.Id}/learning/{activity.Id}"), HttpStatusCode.NotFound);
        Assert.True(await app.WithDbAsync(db => db.LearningActivities.AnyAsync(a => a.Id == activity.Id)));
    }

    [DbFact]
    public async Task Champions_ListAddAndRemove_AdminsAndTheLeadOnly()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var record = await app.Data.StartSelfAssessmentAsync(tenant.Id);
        var colleague = await app.Data.CreateUserAsync(Role.OrganisationMember, tenant.Id);
        await app.WithServicesAsync(sp => sp.GetRequiredService<SelfAssessmentService>().UpdateElementAsync(tenant.Id, record.Id, "1.3.2",
            new UpdateElementRequest { OwnerUserId = tenant.Admin.Id, ExpectedVersion = 0 }, TestData.ActorFor(tenant.Admin)));
        var admin = await app.ClientFor(tenant.Admin.Email);
        var member = await app.ClientFor(tenant.Member.Email);
        var url = $"/api/v1/organisations/{tenant.Id}/self-assessment/elements/1.3.2/champions";

        await ProblemAsync(await member.PostAsJsonAsync(url, new { userId = colleague.Id }), HttpStatusCode.Forbidden);
        var created = await admin.PostAsJsonAsync(url, new { userId = tenant.Member.Id });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal([(tenant.Admin.Id, true), (tenant.Member.Id, false)],
            (await JsonAsync(created)).EnumerateArray().Select(c => (c.GetProperty("userId").GetGuid(), c.GetProperty("isLead").GetBoolean())));
        Assert.Equal(2, (await member.GetFromJsonAsync<JsonElement>(url)).GetArrayLength());

        var duplicate = await ProblemAsync(await admin.PostAsJsonAsync(url, new { userId = tenant.Member.Id }), HttpStatusCode.BadRequest);
        Assert.Equal("Test OrganisationMember is already a champion of this element", duplicate.GetProperty("errors").GetProperty("UserId")[0].GetString());
        await ProblemAsync(await admin.PostAsJsonAsync(url, new { userId = "someone" }), HttpStatusCode.BadRequest);
        await ProblemAsync(await admin.PostAsJsonAsync($"/api/v1/organisations/{tenant.Id}/self-assessment/elements/9.9.9/champions", new { userId = colleague.Id }), HttpStatusCode.NotFound);
        await ProblemAsync(await member.DeleteAsync($"{url}/{tenant.Member.Id}"), HttpStatusCode.Forbidden);
        await ProblemAsync(await admin.DeleteAsync($"{url}/{colleague.Id}"), HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{url}/{tenant.Member.Id}")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<ElementChampion>().AnyAsync(c => c.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task MyElements_AreTheCallersOwn()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var record = await app.Data.StartSelfAssessmentAsync(tenant.Id);
        await app.WithServicesAsync(sp => sp.GetRequiredService<SelfAssessmentService>().UpdateElementAsync(tenant.Id, record.Id, "5.2.1",
            new UpdateElementRequest { OwnerUserId = tenant.Member.Id, ExpectedVersion = 0 }, TestData.ActorFor(tenant.Admin)));
        await app.WithServicesAsync(sp => sp.GetRequiredService<ChampionService>().AddAsync(tenant.Id, "1.1.1", new AddChampionRequest { UserId = tenant.Member.Id }, TestData.ActorFor(tenant.Admin)));

        var mine = await (await app.ClientFor(tenant.Member.Email)).GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{tenant.Id}/my-elements");
        var admins = await (await app.ClientFor(tenant.Admin.Email)).GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{tenant.Id}/my-elements");

        Assert.True(mine.GetProperty("hasOpenSelfAssessment").GetBoolean());
        Assert.Equal([("1.1.1", false), ("5.2.1", true)],
            mine.GetProperty("elements").EnumerateArray().Select(e => (e.GetProperty("number").GetString(), e.GetProperty("isLead").GetBoolean())));
        Assert.Equal(0, admins.GetProperty("elements").GetArrayLength());
    }
}

public sealed class SkillsApiTestsOnSqlite(SqliteApp app) : SkillsApiTests(app), IClassFixture<SqliteApp>;

public sealed class SkillsApiTestsOnPostgres(PostgresApp app) : SkillsApiTests(app), IClassFixture<PostgresApp>;
