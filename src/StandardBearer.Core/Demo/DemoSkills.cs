using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Skills;

namespace StandardBearer.Core.Demo;

/// <summary>
/// Skills development for the demo: further champions on several elements of each open self-assessment, and a year's
/// learning log for Northmoor (training, a visit to another holder, a peer review…), one entry recorded as evidence.
/// </summary>
public sealed class DemoSkills(AppDbContext db, ChampionService champions, LearningLogService learning)
{
    public const string LogOrganisation = "Northmoor National Park Authority";

    private static readonly string[] ChampionedElements = ["1.1.1", "1.2.1", "1.3.2", "2.2.1", "4.3.5", "5.2.1"];

    private sealed record DemoActivity(LearningKind Kind, string Title, int DaysAgo, string People, decimal Hours, string[] Elements, string Notes, bool LinkCase = false);

    private static readonly DemoActivity[] Log =
    [
        new(LearningKind.Training, "Customer care refresher for visitor centre staff", 12, "Visitor centre team (9 people)", 3m, ["2.2.1", "2.2.2"],
            "Half-day refresher run by our learning and development team, with role play on difficult conversations."),
        new(LearningKind.Visit, "Visit to Riverside Borough Council's customer panel", 30, "Helen Dale, Ravi Patel", 6m, ["1.2.1", "1.2.4"],
            "Saw how Riverside recruits panel members from groups it hears from least and how it reports back. We will trial their feedback postcard.", LinkCase: true),
        new(LearningKind.PeerReview, "Peer review of our complaints handling with the Dales partnership", 45, "Complaints officer, two rangers", 7.5m, ["4.3.2", "4.3.3", "4.3.5"],
            "A partner organisation sampled 20 closed complaints. Findings: good remedies, slow acknowledgement at weekends."),
        new(LearningKind.Workshop, "Plain English workshop", 60, "Communications team", 4m, ["3.2.2"],
            "Rewrote the parking permit leaflet during the session; tested the new version with five visitors afterwards."),
        new(LearningKind.Training, "Equality and accessibility awareness", 75, "All new starters (6 people)", 2.5m, ["2.2.1", "3.3.3"],
            "Online module plus a walk-round of the main visitor centre with our access group."),
        new(LearningKind.Workshop, "Using customer insight in service planning", 95, "Leadership team", 3m, ["1.1.1", "1.1.2", "2.1.2"],
            "Worked through the customer profile and agreed three changes to next year's service plan."),
        new(LearningKind.Visit, "Visit to University of Westbridge student services", 120, "Ravi Patel", 5m, ["4.1.1", "5.1.1"],
            "Learned how they publish service standards per channel; our charter will do the same."),
        new(LearningKind.Training, "Survey design and analysis", 150, "Performance officer, two team leaders", 6m, ["1.3.1", "1.3.3"],
            "External course on sampling and on asking about the drivers of satisfaction."),
        new(LearningKind.PeerReview, "Mystery shopping exchange with a neighbouring park authority", 200, "Visitor centre and ranger teams", 12m, ["2.2.2", "5.2.1"],
            "Each authority shopped the other's phone, email and face-to-face channels; the report is in our evidence library."),
        new(LearningKind.Other, "Reading group: Customer Service Excellence guidance", 240, "Self-assessment champions", 1.5m, [],
            "Monthly lunchtime session on the standard's guidance and what assessors look for."),
    ];

    public async Task SeedSkillsAsync(CancellationToken ct = default)
    {
        foreach (var progress in DemoSelfAssessments.Progress)
        {
            var organisationId = await db.Organisations.Where(o => o.Name == progress.Organisation).Select(o => o.Id).SingleAsync(ct);
            var staff = await db.Memberships.Where(m => m.OrganisationId == organisationId).OrderBy(m => m.Role)
                .Select(m => new { m.UserId, m.Role, m.User!.DisplayName }).ToListAsync(ct);
            var admin = staff.First(s => s.Role == Role.OrganisationAdmin);
            var actor = new Actor(admin.UserId, admin.DisplayName);
            var owners = await db.Set<ElementSelfAssessment>().Where(e => e.OrganisationId == organisationId && ChampionedElements.Contains(e.ElementNumber))
                .Where(e => db.Set<SelfAssessmentRecord>().Any(s => s.Id == e.SelfAssessmentId && s.Status == SelfAssessmentStatus.Open))
                .Select(e => new { e.ElementNumber, e.OwnerUserId }).ToListAsync(ct);
            foreach (var element in owners)
            {
                foreach (var person in staff.Where(s => s.UserId != element.OwnerUserId))
                    await champions.AddAsync(organisationId, element.ElementNumber, new AddChampionRequest { UserId = person.UserId }, actor, ct);
            }
        }

        var northmoor = await db.Organisations.Where(o => o.Name == LogOrganisation).Select(o => o.Id).SingleAsync(ct);
        var member = await db.Memberships.Where(m => m.OrganisationId == northmoor && m.Role == Role.OrganisationMember)
            .Select(m => new { m.UserId, m.User!.DisplayName }).FirstAsync(ct);
        var logger = new Actor(member.UserId, member.DisplayName);
        var today = Dates.Today(db.Time);
        // A published case on the visit's elements, when the demo has one, so the log shows learning from the library.
        var visitCases = await BestPracticeLibrary.ListAsync(db, ["1.2.1", "1.2.4"], ct: ct);
        var visitCase = visitCases.Count > 0 ? visitCases[0] : null;
        LearningActivity? visit = null;
        foreach (var a in Log)
        {
            var added = await learning.AddAsync(northmoor, new SaveLearningActivityRequest
            {
                Kind = a.Kind, Title = a.Title, Date = today.AddDays(-a.DaysAgo), People = a.People, Hours = a.Hours, Notes = a.Notes,
                ElementNumbers = a.Elements, BestPracticeCaseIds = a.LinkCase && visitCase is not null ? [visitCase.Id] : [],
            }, logger, ct);
            if (a.Kind == LearningKind.Visit) visit ??= added;
        }
        await learning.RecordAsEvidenceAsync(northmoor, visit!.Id, logger, ct);
    }
}
