using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Centre;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

/// <summary>The centre's API: dashboard, feedback and learning examples, with the pages' checks.</summary>
public abstract class CentreApiTests(AppFixture app)
{
    private static object Example(string title, params string[] elements) => new
    {
        title, learnedFrom = "A holders' network", whatWeLearned = "Ask customers first.", whatChanged = "We ask customers first.", elementNumbers = elements,
    };

    [DbFact]
    public async Task Dashboard_OwnerGetsTheFigures_OthersAre403_AnonymousIs401()
    {
        await app.Data.CreateHolderAsync(compliancePlus: ["1.1.1"]);
        var owner = await app.Data.CreateStandardOwnerAsync();
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();

        var response = await (await app.ClientFor(owner.Email)).GetAsync("/api/v1/centre/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.True(root.GetProperty("holders").GetInt32() >= 1);
        Assert.Equal(57, root.GetProperty("elements").GetArrayLength());
        Assert.Equal(5, root.GetProperty("trend").GetArrayLength());
        Assert.Equal("Active", root.GetProperty("byStatus")[0].GetProperty("key").GetString());
        Assert.Equal("CompliancePlus", root.GetProperty("elements")[0].GetProperty("cells")[0].GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(organisation.Admin.Email)).GetAsync("/api/v1/centre/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/centre/dashboard")).StatusCode);
    }

    [DbFact]
    public async Task Feedback_SendListAndTriage_WithTheirChecks()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var owner = await app.Data.CreateStandardOwnerAsync();
        var member = await app.ClientFor(organisation.Member.Email);
        var ownerClient = await app.ClientFor(owner.Email);
        var text = $"API feedback {Guid.NewGuid():N}";

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsJsonAsync("/api/v1/standard/elements/1.1.1/feedback", new { kind = "Other", text })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PostAsJsonAsync("/api/v1/standard/elements/9.9.9/feedback", new { kind = "Other", text })).StatusCode);
        var invalid = await member.PostAsJsonAsync("/api/v1/standard/elements/1.1.1/feedback", new { text = "" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()))
            Assert.Equal("Select what kind of feedback this is", problem.RootElement.GetProperty("errors").GetProperty("Kind")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await member.PostAsJsonAsync("/api/v1/standard/elements/1.1.1/feedback", new { kind = "Rude", text })).StatusCode);

        var sent = await member.PostAsJsonAsync("/api/v1/standard/elements/1.1.1/feedback", new { kind = "SuggestedChange", text });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        using var created = JsonDocument.Parse(await sent.Content.ReadAsStringAsync());
        var id = created.RootElement.GetProperty("id").GetGuid();
        Assert.Equal("New", created.RootElement.GetProperty("status").GetString());

        using (var mine = JsonDocument.Parse(await member.GetStringAsync("/api/v1/account/feedback")))
            Assert.Equal([id], mine.RootElement.EnumerateArray().Select(f => f.GetProperty("id").GetGuid()));
        using (var admins = JsonDocument.Parse(await (await app.ClientFor(organisation.Admin.Email)).GetStringAsync("/api/v1/account/feedback")))
            Assert.Equal(0, admins.RootElement.GetArrayLength());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/account/feedback")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/v1/centre/feedback")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ownerClient.GetAsync("/api/v1/centre/feedback?status=Lost")).StatusCode);
        using (var list = JsonDocument.Parse(await ownerClient.GetStringAsync("/api/v1/centre/feedback?status=New&element=1.1.1")))
        {
            Assert.Contains(list.RootElement.GetProperty("items").EnumerateArray(), f => f.GetProperty("id").GetGuid() == id && f.GetProperty("sender").GetString() == "Test OrganisationMember");
            Assert.Equal(4, list.RootElement.GetProperty("countsByStatus").GetArrayLength());
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync($"/api/v1/centre/feedback/{id}", new { status = "UnderReview" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ownerClient.PutAsJsonAsync($"/api/v1/centre/feedback/{Guid.NewGuid()}", new { status = "UnderReview" })).StatusCode);
        var noReason = await ownerClient.PutAsJsonAsync($"/api/v1/centre/feedback/{id}", new { status = "Declined" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        using (var problem = JsonDocument.Parse(await noReason.Content.ReadAsStringAsync()))
            Assert.Equal(StandardFeedbackService.DeclineReasonRequired, problem.RootElement.GetProperty("errors").GetProperty("Reason")[0].GetString());
        var triaged = await ownerClient.PutAsJsonAsync($"/api/v1/centre/feedback/{id}", new { status = "AcceptedForNextVersion", reason = "Good idea." });
        Assert.Equal(HttpStatusCode.OK, triaged.StatusCode);
        Assert.Equal(FeedbackStatus.AcceptedForNextVersion, await app.WithDbAsync(db => db.Set<StandardFeedback>().Where(f => f.Id == id).Select(f => f.Status).SingleAsync()));
    }

    [DbFact]
    public async Task LearningExamples_CreateChangePublish_AndThePublicReadsOnlyPublished()
    {
        var o = await app.Data.CreateOrganisationWithUsersAsync();
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(o.Member.Email);
        var admin = await app.ClientFor(o.Admin.Email);
        var basePath = $"/api/v1/organisations/{o.Id}/learning-examples";

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(basePath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync(basePath)).StatusCode);
        var bad = await member.PostAsJsonAsync(basePath, Example("", "7.7.7"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using (var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Enter a title", problem.RootElement.GetProperty("errors").GetProperty("Title")[0].GetString());
            Assert.Contains("7.7.7 is not an element", problem.RootElement.GetProperty("errors").GetProperty("ElementNumbers")[0].GetString());
        }

        var created = await member.PostAsJsonAsync(basePath, Example("Draft by API", "4.4.4", "5.3.3"));
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode); // 4.4.4 is not an element
        created = await member.PostAsJsonAsync(basePath, Example("Draft by API", "5.3.3"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetGuid();
        Assert.Equal("Draft", json.RootElement.GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.OK, (await member.PutAsJsonAsync($"{basePath}/{id}", Example("Changed by API", "5.3.3"))).StatusCode);
        using (var publicDraft = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/api/v1/standard/elements/5.3.3/learning-examples")))
            Assert.DoesNotContain(publicDraft.RootElement.EnumerateArray(), x => x.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"{basePath}/{id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{basePath}/{id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync($"{basePath}/{id}", Example("Member change", "5.3.3"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{basePath}/{Guid.NewGuid()}")).StatusCode);

        using (var published = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/api/v1/standard/elements/5.3.3/learning-examples")))
        {
            var x = Assert.Single(published.RootElement.EnumerateArray(), x => x.GetProperty("id").GetGuid() == id);
            Assert.Equal(("Changed by API", o.Name), (x.GetProperty("title").GetString(), x.GetProperty("organisationName").GetString()));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/api/v1/standard/elements/9.9.9/learning-examples")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{basePath}/{id}/unpublish", null)).StatusCode);
        Assert.Equal(LearningExampleStatus.Draft, await app.WithDbAsync(db => db.Set<LearningExample>().Where(x => x.Id == id).Select(x => x.Status).SingleAsync()));
    }
}

public sealed class CentreApiTestsOnSqlite(SqliteApp app) : CentreApiTests(app), IClassFixture<SqliteApp>;

public sealed class CentreApiTestsOnPostgres(PostgresApp app) : CentreApiTests(app), IClassFixture<PostgresApp>;
