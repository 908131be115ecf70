using System.Net;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Centre;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Centre;

/// <summary>
/// Feedback on an element from anyone signed in, the sender's own list, and the standard owner's list and triage.
/// </summary>
public abstract class FeedbackPagesTests(AppFixture app)
{
    private const string SendPath = "/standard/elements/1.2.1/feedback";

    private async Task<Guid> SendAsync(TestUser user, string text)
    {
        var response = await (await app.ClientFor(user.Email)).SubmitFormAsync(SendPath, new() { ["Input.Kind"] = "MissingGuidance", ["Input.Text"] = text });
        PageAssert.RedirectsTo(response, "/account/feedback?sent=true");
        return await app.WithDbAsync(db => db.Set<StandardFeedback>().Where(f => f.Text == text).Select(f => f.Id).SingleAsync());
    }

    [DbFact]
    public async Task Send_AnySignedInRole_GetsTheForm_AnonymousSignsIn_UnknownElementIs404()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var body = await app.Data.CreateBodyWithUsersAsync();
        var owner = await app.Data.CreateStandardOwnerAsync();

        foreach (var user in new[] { organisation.Admin, organisation.Member, body.Admin, body.Member, owner })
        {
            var (response, page) = await (await app.ClientFor(user.Email)).GetPageAsync(SendPath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("1.2.1", page.QuerySelector(".govuk-caption-l")!.TextContent);
        }
        var anonymous = await app.Anonymous().GetAsync(SendPath);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(owner.Email)).GetAsync("/standard/elements/9.9.9/feedback")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(owner.Email)).GetAsync($"{SendPath}?version=nope")).StatusCode);
    }

    [DbFact]
    public async Task Send_Invalid_ShowsTheErrors_ValidSavesAndListsItForTheSenderOnly()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(organisation.Member.Email);

        await PageAssert.InvalidAsync(await client.SubmitFormAsync(SendPath, new() { ["Input.Text"] = "" }),
            "Select what kind of feedback this is", "Enter your feedback");
        await PageAssert.InvalidAsync(await client.SubmitFormAsync(SendPath, new() { ["Input.Kind"] = "Rude", ["Input.Text"] = new string('x', 4001) }),
            "Select what kind of feedback this is", "Your feedback must be 4,000 characters or fewer");

        var id = await SendAsync(organisation.Member, "Say what a customer group is.");
        var (_, mine) = await client.GetPageAsync("/account/feedback?sent=true");
        var (_, admins) = await (await app.ClientFor(organisation.Admin.Email)).GetPageAsync("/account/feedback");

        var saved = await app.WithDbAsync(db => db.Set<StandardFeedback>().SingleAsync(f => f.Id == id));
        Assert.Equal(("1.2.1", FeedbackKind.MissingGuidance, organisation.Member.Id, FeedbackStatus.New), (saved.ElementNumber, saved.Kind, saved.SenderUserId, saved.Status));
        Assert.Contains("Your feedback has been sent", mine.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains("Say what a customer group is.", mine.QuerySelector("#feedback")!.TextContent);
        Assert.Equal("New", mine.QuerySelector("#feedback .govuk-tag")!.TextContent.Trim());
        Assert.Null(admins.QuerySelector("#feedback"));
        Assert.NotNull(admins.QuerySelector("#no-feedback"));
        var (_, account) = await client.GetPageAsync("/account");
        Assert.Contains("/account/feedback", account.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [DbFact]
    public async Task OwnerList_OnlyTheOwner_FiltersAndCounts_BadFilterIs400()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var owner = await app.Data.CreateStandardOwnerAsync();
        var text = $"Unique {Guid.NewGuid():N}";
        await SendAsync(organisation.Admin, text);
        var client = await app.ClientFor(owner.Email);

        var (response, page) = await client.GetPageAsync("/centre/feedback?status=New&element=1.2.1&kind=MissingGuidance");
        var (_, none) = await client.GetPageAsync("/centre/feedback?status=Declined&element=1.2.1&kind=MissingGuidance");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, page.QuerySelector("#feedback")!.TextContent);
        Assert.Equal(["New", "Under review", "Accepted for next version", "Declined"], page.QuerySelectorAll("#counts thead th").Select(th => th.TextContent.Trim()));
        Assert.DoesNotContain(text, none.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(organisation.Admin.Email)).GetAsync("/centre/feedback")).StatusCode);
        await PageAssert.InvalidAsync(await client.GetAsync("/centre/feedback?status=Lost&kind=7"), "Select a status from the list", "Select a kind of feedback from the list");
    }

    [DbFact]
    public async Task Triage_DeclineWithoutReasonShowsTheError_ThenSavesTellsTheSenderAndTheyCanSeeIt()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var owner = await app.Data.CreateStandardOwnerAsync();
        var id = await SendAsync(organisation.Member, $"Triage me {Guid.NewGuid():N}");
        var client = await app.ClientFor(owner.Email);
        var path = $"/centre/feedback/{id}";

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(organisation.Member.Email)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/centre/feedback/{Guid.NewGuid()}")).StatusCode);
        await PageAssert.InvalidAsync(await client.SubmitFormAsync(path, new() { ["Input.Status"] = "Declined", ["Input.Reason"] = "" }),
            "Enter the reason for declining the feedback");
        await PageAssert.InvalidAsync(await client.SubmitFormAsync(path, new() { ["Input.Status"] = "Maybe" }), "Select a status");

        PageAssert.RedirectsTo(await client.SubmitFormAsync(path, new() { ["Input.Status"] = "Declined", ["Input.Reason"] = "Already covered by 1.2.2." }),
            "/centre/feedback?saved=true");

        var saved = await app.WithDbAsync(db => db.Set<StandardFeedback>().SingleAsync(f => f.Id == id));
        Assert.Equal((FeedbackStatus.Declined, "Already covered by 1.2.2.", owner.Id), (saved.Status, saved.StatusReason, saved.TriagedByUserId));
        Assert.True(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == organisation.Member.Email && m.Subject == "Your feedback on element 1.2.1: Declined")));
        var (_, mine) = await (await app.ClientFor(organisation.Member.Email)).GetPageAsync("/account/feedback");
        Assert.Equal("Declined", mine.QuerySelector("#feedback .govuk-tag")!.TextContent.Trim());
        Assert.Contains("Already covered by 1.2.2.", mine.QuerySelector("#feedback")!.TextContent);
    }
}

public sealed class FeedbackPagesTestsOnSqlite(SqliteApp app) : FeedbackPagesTests(app), IClassFixture<SqliteApp>;

public sealed class FeedbackPagesTestsOnPostgres(PostgresApp app) : FeedbackPagesTests(app), IClassFixture<PostgresApp>;
