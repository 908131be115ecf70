using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Common;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Centre;

/// <summary>Feedback on the standard: who can see it, what triage needs, and what it writes.</summary>
public abstract class StandardFeedbackTests(AppFixture app)
{
    private Task<StandardFeedback> SendAsync(TestUser user, string element = "1.2.1", string text = "The wording is unclear.") =>
        app.WithServicesAsync(sp => sp.GetRequiredService<StandardFeedbackService>().SendAsync(element,
            new SendFeedbackRequest { Kind = FeedbackKind.UnclearWording, Text = text }, TestData.ActorFor(user)));

    private Task<StandardFeedback> TriageAsync(Guid id, FeedbackStatus status, string? reason, Actor actor) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<StandardFeedbackService>().TriageAsync(id,
            new TriageFeedbackRequest { Status = status, Reason = reason }, actor));

    [DbFact]
    public async Task Visibility_TheSenderSeesOnlyTheirOwn_AndTheOwnerSeesAll()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var body = await app.Data.CreateBodyWithUsersAsync();
        var mine = await SendAsync(organisation.Member, text: "Mine: unclear.");
        var theirs = await SendAsync(body.Member, element: "3.2.4", text: "Theirs: missing guidance.");

        var seenByMember = await app.WithDbAsync(db => StandardFeedbackQueries.SentByAsync(db, organisation.Member.Id));
        var seenByAssessor = await app.WithDbAsync(db => StandardFeedbackQueries.SentByAsync(db, body.Member.Id));
        var seenByAdmin = await app.WithDbAsync(db => StandardFeedbackQueries.SentByAsync(db, organisation.Admin.Id));
        var seenByOwner = await app.WithDbAsync(db => StandardFeedbackQueries.ForOwnerAsync(db, new FeedbackFilter()));

        Assert.Equal([mine.Id], seenByMember.Select(f => f.Id));
        Assert.Equal([theirs.Id], seenByAssessor.Select(f => f.Id));
        Assert.Empty(seenByAdmin);
        Assert.Contains(seenByOwner.Items, f => f.Id == mine.Id);
        Assert.Contains(seenByOwner.Items, f => f.Id == theirs.Id);
        var item = seenByMember.Single();
        Assert.Equal(("1.2.1", FeedbackKind.UnclearWording, "Mine: unclear.", FeedbackStatus.New), (item.ElementNumber, item.Kind, item.Text, item.Status));
        Assert.False(string.IsNullOrEmpty(item.ElementTitle));
        var filtered = await app.WithDbAsync(db => StandardFeedbackQueries.ForOwnerAsync(db, new FeedbackFilter(ElementNumber: "3.2.4")));
        Assert.Contains(filtered.Items, f => f.Id == theirs.Id);
        Assert.DoesNotContain(filtered.Items, f => f.Id == mine.Id);
    }

    [DbFact]
    public async Task Send_ValidatesTheElementKindAndText_AndAudits()
    {
        var user = await app.Data.CreateUserAsync(Role.OrganisationMember, (await app.Data.CreateOrganisationAsync()).Id);

        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(user, element: "9.9.9"));
        var empty = await Assert.ThrowsAsync<DomainValidationException>(() => app.WithServicesAsync(sp => sp.GetRequiredService<StandardFeedbackService>()
            .SendAsync("1.1.1", new SendFeedbackRequest { Text = new string('x', 4001) }, TestData.ActorFor(user))));
        Assert.Equal("Select what kind of feedback this is", empty.Errors["Kind"][0]);
        Assert.Equal("Your feedback must be 4,000 characters or fewer", empty.Errors["Text"][0]);

        var sent = await SendAsync(user);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "StandardFeedbackSent" && e.Subject == $"StandardFeedback/{sent.Id}" && e.UserId == user.Id)));
    }

    [DbFact]
    public async Task Triage_DecliningNeedsAReason_AndAChangeOfStatusEmailsTheSender()
    {
        var user = await app.Data.CreateUserAsync(Role.OrganisationAdmin, (await app.Data.CreateOrganisationAsync()).Id);
        var owner = await app.Data.CreateStandardOwnerAsync();
        var sent = await SendAsync(user);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => TriageAsync(sent.Id, FeedbackStatus.Declined, "  ", TestData.ActorFor(owner)));
        Assert.Equal(StandardFeedbackService.DeclineReasonRequired, e.Errors["Reason"][0]);
        await Assert.ThrowsAsync<ForbiddenException>(() => TriageAsync(sent.Id, FeedbackStatus.UnderReview, null, TestData.ActorFor(user)));
        await Assert.ThrowsAsync<NotFoundException>(() => TriageAsync(Guid.NewGuid(), FeedbackStatus.UnderReview, null, TestData.ActorFor(owner)));

        var declined = await TriageAsync(sent.Id, FeedbackStatus.Declined, "Out of scope for the standard.", TestData.ActorFor(owner));

        Assert.Equal((FeedbackStatus.Declined, "Out of scope for the standard.", owner.Id), (declined.Status, declined.StatusReason, declined.TriagedByUserId));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(x => x.Action == "StandardFeedbackTriaged" && x.Subject == $"StandardFeedback/{sent.Id}")));
        var mail = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == user.Email).ToListAsync());
        var message = Assert.Single(mail);
        Assert.Equal("Your feedback on element 1.2.1: Declined", message.Subject);
        Assert.Contains("Out of scope for the standard.", message.Body);
        Assert.Equal("Out of scope for the standard.", (await app.WithDbAsync(db => StandardFeedbackQueries.SentByAsync(db, user.Id))).Single().StatusReason);

        // The same status again with the same reason changes nothing and sends nothing.
        await TriageAsync(sent.Id, FeedbackStatus.Declined, "Out of scope for the standard.", TestData.ActorFor(owner));
        Assert.Single(await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == user.Email).ToListAsync()));
    }
}

public sealed class StandardFeedbackTestsOnSqlite(SqliteApp app) : StandardFeedbackTests(app), IClassFixture<SqliteApp>;

public sealed class StandardFeedbackTestsOnPostgres(PostgresApp app) : StandardFeedbackTests(app), IClassFixture<PostgresApp>;
