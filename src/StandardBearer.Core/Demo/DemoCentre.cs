using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Data;
using StandardBearer.Core.Email;

namespace StandardBearer.Core.Demo;

/// <summary>
/// Feedback on the standard in every status from the demo's people, and learning examples (three published, one
/// draft), made through the real services so the audit trail and the senders' emails are written as in real use.
/// </summary>
public static class DemoCentre
{
    private sealed record DemoFeedback(string Sender, string Element, FeedbackKind Kind, string Text, FeedbackStatus Status, string? Reason = null);

    private sealed record DemoExample(string Organisation, string Author, string Title, string LearnedFrom, string Learned, string Changed,
        string[] Elements, bool Published);

    private static readonly DemoFeedback[] Feedback =
    [
        new("admin@northmoor.example", "1.1.1", FeedbackKind.UnclearWording,
            "It is not clear whether 'customer groups' must include people who do not use our services yet, such as visitors who have never been to the park.", FeedbackStatus.New),
        new("member@riverside.example", "2.2.3", FeedbackKind.MissingGuidance,
            "Guidance on what counts as evidence of involving customers online would help: our panels now meet mostly by video.", FeedbackStatus.New),
        new("assessor1@centre-for-assessment.example", "4.3.1", FeedbackKind.SuggestedChange,
            "Suggest separating the measurement of timeliness from the publication of results: organisations often do one well and not the other.", FeedbackStatus.New),
        new("admin@westbridge.example", "3.2.4", FeedbackKind.UnclearWording,
            "Does 'benchmarking' here have to mean comparing with organisations outside our sector?", FeedbackStatus.UnderReview),
        new("admin@nqc.example", "5.1.2", FeedbackKind.MissingGuidance,
            "Assessors rate this element differently for contact centres run by a contractor. Guidance on outsourced services would make ratings consistent.", FeedbackStatus.UnderReview),
        new("admin@riverside.example", "1.2.1", FeedbackKind.SuggestedChange,
            "Add accessibility of digital services explicitly to this element; at the moment it is only implied.", FeedbackStatus.AcceptedForNextVersion,
            "Agreed: the next version will name digital accessibility in this element and its guidance."),
        new("assessor2@nqc.example", "4.1.1", FeedbackKind.Other,
            "The 'show me' prompts for this element could include examples from small organisations.", FeedbackStatus.AcceptedForNextVersion),
        new("member@northmoor.example", "2.1.1", FeedbackKind.SuggestedChange,
            "Remove the need to consult on every change of opening hours.", FeedbackStatus.Declined,
            "Consulting on changes that affect access to services is central to the standard, so this will stay. Proportionate consultation is already allowed."),
    ];

    private static readonly DemoExample[] Examples =
    [
        new("Northmoor National Park Authority", "admin@northmoor.example", "Volunteer ranger customer panels",
            "Western Fells National Park Authority, at a regional holders' network meeting",
            "Western Fells recruits its customer panels from volunteer rangers' conversations with walkers, which reaches people who never answer surveys.",
            "Our volunteers now invite visitors to a quarterly panel. Panel membership went from 12 to 41, and a third are first-time visitors.",
            ["1.1.1", "1.2.1"], Published: true),
        new("Riverside Borough Council", "admin@riverside.example", "Plain-English complaint letters",
            "Kingsmere University's published case on complaint handling",
            "Kingsmere rewrote every complaint response template with customers, and tracks how many replies lead to a second complaint.",
            "We rewrote our 14 complaint templates with our residents' panel. Second complaints about the same issue fell by a quarter in six months.",
            ["4.3.1", "5.2.2"], Published: true),
        new("University of Westbridge", "admin@westbridge.example", "Publishing service standards and results together",
            "A peer review visit to Northgate Metropolitan University",
            "Northgate publishes each service standard next to last quarter's result for it, so students can see both at once.",
            "Our student services pages now show each standard with its latest result, updated every quarter.",
            ["4.2.1", "4.2.2"], Published: true),
        new("Northmoor National Park Authority", "member@northmoor.example", "Shared visitor insight with neighbouring parks",
            "A workshop run by the holders' network",
            "Parks sharing anonymised visitor survey results can spot gaps in who they reach.",
            "We are agreeing a common set of survey questions with two other parks.",
            ["1.1.2"], Published: false),
    ];

    /// <summary>
    /// The demo's emails go to the outbox whatever the configured sender: its people have made-up addresses, and a
    /// demo should never send real mail.
    /// </summary>
    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        var feedback = new StandardFeedbackService(db, new OutboxEmailSender(db));
        var examples = new LearningExampleService(db);
        var owner = await ActorAsync(db, "owner@cse-centre.example", ct);

        foreach (var f in Feedback)
        {
            var sent = await feedback.SendAsync(f.Element, new SendFeedbackRequest { Kind = f.Kind, Text = f.Text }, await ActorAsync(db, f.Sender, ct), ct);
            if (f.Status != FeedbackStatus.New)
                await feedback.TriageAsync(sent.Id, new TriageFeedbackRequest { Status = f.Status, Reason = f.Reason }, owner, ct);
        }

        // Link a published best-practice case to the first example when there is one on its element.
        var cases = await db.BestPracticeCases.IgnoreQueryFilters().Where(c => c.Status == CaseStatus.Published)
            .Select(c => new { c.Id, c.ElementNumber }).ToListAsync(ct);
        foreach (var x in Examples)
        {
            var organisationId = await db.Organisations.Where(o => o.Name == x.Organisation).Select(o => o.Id).SingleAsync(ct);
            var linked = cases.Where(c => x.Elements.Contains(c.ElementNumber)).Select(c => c.Id).Take(1).ToList();
            var created = await examples.CreateAsync(organisationId, new SaveLearningExampleRequest
            {
                Title = x.Title, LearnedFrom = x.LearnedFrom, WhatWeLearned = x.Learned, WhatChanged = x.Changed, ElementNumbers = x.Elements, CaseIds = linked,
            }, await ActorAsync(db, x.Author, ct), ct);
            if (x.Published) await examples.PublishAsync(organisationId, created.Id, await ActorAsync(db, Admin(x.Organisation), ct), ct);
        }
    }

    private static string Admin(string organisation) =>
        DemoSeeder.Users.First(u => u.TenantName == organisation && u.Role == Role.OrganisationAdmin).Email;

    private static async Task<Actor> ActorAsync(AppDbContext db, string email, CancellationToken ct)
    {
        var user = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.DisplayName }).SingleAsync(ct);
        return new Actor(user.Id, user.DisplayName);
    }
}
