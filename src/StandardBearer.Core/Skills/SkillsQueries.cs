using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.Skills;

public sealed record LearningRow(
    Guid Id, LearningKind Kind, string Title, DateOnly Date, string People, decimal Hours, string? Notes,
    IReadOnlyList<string> ElementNumbers, IReadOnlyList<Guid> BestPracticeCaseIds, Guid? EvidenceItemId, DateTimeOffset CreatedAt);

public sealed record MyElement(string Number, string Title, ElementProgress Progress, string? RatingKey, string? RatingName, bool IsLead);
public sealed record MyEvidenceRequest(Guid Id, Guid AssessmentId, string ElementNumber, string Text, DateOnly DueOn, bool Overdue);
public sealed record MyAction(Guid Id, string ElementNumber, string Description, DateOnly DueDate, ActionStatus Status, bool Overdue);

/// <summary>
/// One person's elements of the open self-assessment (as lead owner or champion) and what is waiting on them.
/// <see cref="HasOpenSelfAssessment"/> is false when there is nothing to champion yet.
/// </summary>
public sealed record MyElementsView(
    bool HasOpenSelfAssessment, IReadOnlyList<MyElement> Elements, IReadOnlyList<MyEvidenceRequest> EvidenceRequests,
    IReadOnlyList<MyAction> Actions, IReadOnlyList<PublishedCaseRow> Cases);

/// <summary>Reads shared by the skills pages and the API. Tenant-scoped, except <see cref="PublishedCases"/>.</summary>
public static class SkillsQueries
{
    /// <summary>The learning log, newest first.</summary>
    public static async Task<IReadOnlyList<LearningRow>> LearningAsync(AppDbContext db, Guid organisationId, CancellationToken ct)
    {
        var rows = await db.Set<LearningActivity>().AsNoTracking().Where(a => a.OrganisationId == organisationId).ToListAsync(ct);
        return rows.OrderByDescending(a => a.Date).ThenByDescending(a => a.CreatedAt)
            .Select(a => new LearningRow(a.Id, a.Kind, a.Title, a.Date, a.People, a.Hours, a.Notes, a.ElementNumbers, a.BestPracticeCaseIds, a.EvidenceItemId, a.CreatedAt))
            .ToList();
    }

    public static async Task<LearningRow?> ActivityAsync(AppDbContext db, Guid organisationId, Guid activityId, CancellationToken ct) =>
        (await db.Set<LearningActivity>().AsNoTracking().Where(a => a.OrganisationId == organisationId && a.Id == activityId).ToListAsync(ct))
            .Select(a => new LearningRow(a.Id, a.Kind, a.Title, a.Date, a.People, a.Hours, a.Notes, a.ElementNumbers, a.BestPracticeCaseIds, a.EvidenceItemId, a.CreatedAt))
            .SingleOrDefault();

    /// <summary>The elements and criteria of the current published version, in the standard's order.</summary>
    public static async Task<(IReadOnlyList<StandardPart> Elements, IReadOnlyList<StandardPart> Criteria)> CurrentStandardAsync(AppDbContext db, CancellationToken ct)
    {
        var version = await StandardCatalogue.CurrentAsync(db, BuiltInPacks.CseCode, ct);
        if (version is null) return ([], []);
        var tree = await StandardCatalogue.TreeAsync(db, version, ct);
        return (tree.Elements.Select(e => new StandardPart(e.Number, e.Title)).ToList(), tree.Criteria.Select(c => new StandardPart(c.Number, c.Title)).ToList());
    }

    public static async Task<LearningTotalsReport> TotalsAsync(AppDbContext db, IReadOnlyList<LearningRow> rows, CancellationToken ct)
    {
        var (elements, criteria) = await CurrentStandardAsync(db, ct);
        return LearningTotals.Compute(rows.Select(r => new LearningEntry(r.Id, r.Hours, r.ElementNumbers)).ToList(), elements, criteria);
    }

    public static async Task<MyElementsView> MyElementsAsync(AppDbContext db, Guid organisationId, Guid userId, DateOnly today, CancellationToken ct)
    {
        var open = await db.Set<SelfAssessmentRecord>().Where(s => s.OrganisationId == organisationId && s.Status == SelfAssessmentStatus.Open)
            .Select(s => new { s.Id, s.StandardVersionId }).SingleOrDefaultAsync(ct);
        if (open is null) return new MyElementsView(false, [], [], [], []);

        var rows = await db.Set<ElementSelfAssessment>().Where(e => e.SelfAssessmentId == open.Id)
            .Where(e => e.OwnerUserId == userId || db.Set<ElementChampion>().Any(c => c.ElementSelfAssessmentId == e.Id && c.UserId == userId))
            .OrderBy(e => e.Order)
            .Select(e => new { e.ElementNumber, e.Progress, e.RatingKey, IsLead = e.OwnerUserId == userId })
            .ToListAsync(ct);
        var numbers = rows.Select(r => r.ElementNumber).ToList();
        var titles = await db.Elements.Where(e => e.StandardVersionId == open.StandardVersionId && numbers.Contains(e.Number)).ToDictionaryAsync(e => e.Number, e => e.Title, ct);
        var ratings = (await StandardCatalogue.ScaleAsync(db, open.StandardVersionId, ct)).Ratings.ToDictionary(r => r.Key, r => r.Name);
        var elements = rows.Select(r => new MyElement(r.ElementNumber, titles.GetValueOrDefault(r.ElementNumber, ""), r.Progress, r.RatingKey,
            r.RatingKey is null ? null : ratings.GetValueOrDefault(r.RatingKey), r.IsLead)).ToList();
        if (elements.Count == 0) return new MyElementsView(true, [], [], [], []);

        // Open requests of current assessments, as the organisation's own assessment pages show them.
        var requests = (await db.Set<EvidenceRequest>()
                .Where(r => r.OrganisationId == organisationId && r.Status == EvidenceRequestStatus.Open && numbers.Contains(r.ElementNumber))
                .Where(r => db.Set<Assessment>().Any(a => a.Id == r.AssessmentId && a.Status != AssessmentStatus.Decided && a.Status != AssessmentStatus.Declined))
                .Select(r => new { r.Id, r.AssessmentId, r.ElementNumber, r.Text, r.DueOn })
                .ToListAsync(ct))
            .OrderBy(r => r.DueOn).ThenBy(r => r.ElementNumber, ElementNumberComparer.Instance)
            .Select(r => new MyEvidenceRequest(r.Id, r.AssessmentId, r.ElementNumber, r.Text, r.DueOn, r.DueOn < today)).ToList();
        var actions = (await db.Set<ImprovementAction>()
                .Where(a => a.OrganisationId == organisationId && a.Status != ActionStatus.Done && numbers.Contains(a.ElementNumber))
                .Select(a => new { a.Id, a.ElementNumber, a.Description, a.DueDate, a.Status })
                .ToListAsync(ct))
            .OrderBy(a => a.DueDate).ThenBy(a => a.ElementNumber, ElementNumberComparer.Instance)
            .Select(a => new MyAction(a.Id, a.ElementNumber, a.Description, a.DueDate, a.Status, a.DueDate < today)).ToList();
        var cases = await BestPracticeLibrary.ListAsync(db, numbers, ct: ct);
        return new MyElementsView(true, elements, requests, actions, cases);
    }
}
