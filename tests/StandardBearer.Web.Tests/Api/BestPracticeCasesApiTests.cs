using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.BestPractice;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

public abstract class BestPracticeCasesApiTests(AppFixture app)
{
    private const string Moderation = "/api/v1/best-practice/moderation";

    private static string List(TestBestPracticeCase c) => $"/api/v1/organisations/{c.Organisation.Id}/best-practice";

    private static string Path(TestBestPracticeCase c) => $"{List(c)}/{c.Id}";

    private static object Description(string title = "Residents' panel reviews every complaint") => new
    {
        title, description = "A panel of residents reviews closed complaints every quarter.", results = "Repeat complaints halved.",
        contactName = "Casey Contact", contactEmail = "casey@test.example",
    };

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

    private Task<CaseStatus> StatusAsync(Guid id) => app.WithDbAsync(db => db.BestPracticeCases.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());

    [DbFact]
    public async Task ListAndGet_ForMembers_404ForOthers_401Anonymous()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync(element: "4.3.4");
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(c.Organisation.Member.Email);

        var list = await JsonAsync(await member.GetAsync(List(c)));
        var one = await member.GetAsync(Path(c));

        var row = Assert.Single(list.EnumerateArray());
        Assert.Equal("4.3.4", row.GetProperty("elementNumber").GetString());
        Assert.Equal("Draft", row.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        var json = await JsonAsync(one);
        Assert.Equal("Exemplary practice on 4.3.4.", json.GetProperty("assessorComment").GetString());
        Assert.Equal("Staff can put things right", json.GetProperty("elementTitle").GetString());

        AssertProblem(await (await app.ClientFor(other.Admin.Email)).GetAsync(Path(c)), HttpStatusCode.NotFound);
        AssertProblem(await (await app.ClientFor(other.Admin.Email)).GetAsync($"/api/v1/organisations/{other.Id}/best-practice/{c.Id}"), HttpStatusCode.NotFound);
        AssertProblem(await (await app.ClientFor(c.Assessment.Body.Admin.Email)).GetAsync(List(c)), HttpStatusCode.NotFound);
        AssertProblem(await member.GetAsync($"{List(c)}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(List(c))).StatusCode);
    }

    [DbFact]
    public async Task Describe_InvalidIs400ByField_ValidSaves()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync();
        var member = await app.ClientFor(c.Organisation.Member.Email);

        var invalid = await member.PutAsJsonAsync(Path(c), new { title = "", contactEmail = "nope" });
        var malformed = await member.PutAsync(Path(c), new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        var saved = await member.PutAsJsonAsync(Path(c), Description());

        await AssertErrorAsync(invalid, "Title", "Enter a title");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Residents' panel reviews every complaint", (await JsonAsync(saved)).GetProperty("title").GetString());
        Assert.Equal("casey@test.example", await app.WithDbAsync(db => db.BestPracticeCases.Where(x => x.Id == c.Id).Select(x => x.ContactEmail).SingleAsync()));
    }

    [DbFact]
    public async Task Consent_AsAMemberIs403_WithoutDescriptionIs400_AgainIs409_AsAdminSubmits()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync();
        var admin = await app.ClientFor(c.Organisation.Admin.Email);

        var undescribed = await admin.PostAsync($"{Path(c)}/consent", null);
        await AssertErrorAsync(undescribed, "Description", "Enter what you do before you consent to publication");
        await admin.PutAsJsonAsync(Path(c), Description());
        AssertProblem(await (await app.ClientFor(c.Organisation.Member.Email)).PostAsync($"{Path(c)}/consent", null), HttpStatusCode.Forbidden);
        var consented = await admin.PostAsync($"{Path(c)}/consent", null);
        var again = await admin.PostAsync($"{Path(c)}/consent", null);

        Assert.Equal(HttpStatusCode.OK, consented.StatusCode);
        Assert.Equal("Submitted", (await JsonAsync(consented)).GetProperty("status").GetString());
        AssertProblem(again, HttpStatusCode.Conflict);
        Assert.Equal(CaseStatus.Submitted, await StatusAsync(c.Id));
    }

    [DbFact]
    public async Task DeclineAndWithdrawConsent_ChangeTheStatus()
    {
        var draft = await app.Data.CreateBestPracticeCaseAsync();
        var published = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.Published);

        var declined = await (await app.ClientFor(draft.Organisation.Admin.Email)).PostAsJsonAsync($"{Path(draft)}/decline", new { reason = "Not this year." });
        var declinePublished = await (await app.ClientFor(published.Organisation.Admin.Email)).PostAsJsonAsync($"{Path(published)}/decline", new { reason = "x" });
        var withdrawn = await (await app.ClientFor(published.Organisation.Admin.Email)).PostAsync($"{Path(published)}/withdraw-consent", null);

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal("Declined", (await JsonAsync(declined)).GetProperty("status").GetString());
        AssertProblem(declinePublished, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(CaseStatus.Declined, await StatusAsync(published.Id));
        AssertProblem(await (await app.ClientFor(published.Owner.Email)).GetAsync($"{Moderation}/{published.Id}"), HttpStatusCode.NotFound);
    }

    [DbFact]
    public async Task Moderation_ForTheOwnerOnly_DraftsAre404_BadStatusIs400()
    {
        var submitted = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);
        var draft = await app.Data.CreateBestPracticeCaseAsync();
        var owner = await app.ClientFor(submitted.Owner.Email);

        var queue = await JsonAsync(await owner.GetAsync(Moderation));
        var filtered = await JsonAsync(await owner.GetAsync($"{Moderation}?status=Published"));
        var one = await owner.GetAsync($"{Moderation}/{submitted.Id}");

        Assert.Contains(queue.EnumerateArray(), r => r.GetProperty("id").GetGuid() == submitted.Id && r.GetProperty("organisationName").GetString() == submitted.Organisation.Name);
        Assert.DoesNotContain(queue.EnumerateArray(), r => r.GetProperty("id").GetGuid() == draft.Id);
        Assert.All(filtered.EnumerateArray(), r => Assert.Equal("Published", r.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(submitted.Assessment.Body.Name, (await JsonAsync(one)).GetProperty("bodyName").GetString());
        AssertProblem(await owner.GetAsync($"{Moderation}/{draft.Id}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.GetAsync($"{Moderation}?status=Bogus")).StatusCode);
        AssertProblem(await (await app.ClientFor(submitted.Organisation.Admin.Email)).GetAsync(Moderation), HttpStatusCode.Forbidden);
        AssertProblem(await (await app.ClientFor(submitted.Organisation.Admin.Email)).PostAsync($"{Moderation}/{submitted.Id}/publish", null), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(Moderation)).StatusCode);
        AssertProblem(await owner.PostAsync($"{Moderation}/{draft.Id}/publish", null), HttpStatusCode.NotFound);
        Assert.Equal(CaseStatus.Draft, await StatusAsync(draft.Id));
    }

    [DbFact]
    public async Task Moderate_RequestChangesNeedsANote_PublishPublishes_RejectAfterwardsIs409()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);
        var other = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);
        var owner = await app.ClientFor(c.Owner.Email);

        var noNote = await owner.PostAsJsonAsync($"{Moderation}/{c.Id}/request-changes", new { note = "" });
        var noReason = await owner.PostAsJsonAsync($"{Moderation}/{other.Id}/reject", new { });
        var published = await owner.PostAsync($"{Moderation}/{c.Id}/publish", null);
        var rejectPublished = await owner.PostAsJsonAsync($"{Moderation}/{c.Id}/reject", new { reason = "Too late." });
        var sentBack = await owner.PostAsJsonAsync($"{Moderation}/{other.Id}/request-changes", new { note = "Add the results." });

        await AssertErrorAsync(noNote, "Note", "Enter what the organisation should change");
        await AssertErrorAsync(noReason, "Reason", "Enter the reason for rejecting the case");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("Published", (await JsonAsync(published)).GetProperty("status").GetString());
        AssertProblem(rejectPublished, HttpStatusCode.Conflict);
        Assert.Equal(CaseStatus.Published, await StatusAsync(c.Id));
        Assert.Equal(HttpStatusCode.OK, sentBack.StatusCode);
        Assert.Equal(CaseStatus.ChangesRequested, await StatusAsync(other.Id));
    }
}

public sealed class BestPracticeCasesApiTestsOnSqlite(SqliteApp app) : BestPracticeCasesApiTests(app), IClassFixture<SqliteApp>;

public sealed class BestPracticeCasesApiTestsOnPostgres(PostgresApp app) : BestPracticeCasesApiTests(app), IClassFixture<PostgresApp>;
