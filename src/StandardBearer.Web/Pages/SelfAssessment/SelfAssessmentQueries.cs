using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Standards;

namespace StandardBearer.Web.Pages.SelfAssessment;

public sealed record TaskRow(string Number, string Title, ElementProgress Progress, string? RatingName, string? OwnerName, int EvidenceCount);
public sealed record TaskSubCriterion(string Number, string Title, IReadOnlyList<TaskRow> Rows);
public sealed record TaskCriterion(string Number, string Title, IReadOnlyList<TaskSubCriterion> SubCriteria);
public sealed record OpenSelfAssessment(Guid Id, Guid StandardVersionId, string VersionLabel, DateTimeOffset StartedAt);

/// <summary>Reads shared by the self-assessment pages: the open assessment, and its elements joined to the catalogue.</summary>
public static class SelfAssessmentQueries
{
    public static Task<OpenSelfAssessment?> OpenAsync(AppDbContext db, Guid organisationId, CancellationToken ct) =>
        db.Set<SelfAssessmentRecord>().Where(s => s.OrganisationId == organisationId && s.Status == SelfAssessmentStatus.Open)
            .Select(s => new OpenSelfAssessment(s.Id, s.StandardVersionId, db.StandardVersions.Where(v => v.Id == s.StandardVersionId).Select(v => v.Label).First(), s.StartedAt))
            .SingleOrDefaultAsync(ct);

    /// <summary>The task list in one pass: the version's tree, this assessment's rows and the owners' names.</summary>
    public static async Task<(VersionTree Tree, IReadOnlyList<TaskCriterion> Tasks, IReadOnlyList<ElementStanding> Standings)> TaskListAsync(
        AppDbContext db, OpenSelfAssessment open, CancellationToken ct)
    {
        var summary = await StandardCatalogue.ByIdAsync(db, open.StandardVersionId, ct);
        var tree = await StandardCatalogue.TreeAsync(db, summary, ct);
        var rows = await db.Set<ElementSelfAssessment>().Where(e => e.SelfAssessmentId == open.Id)
            .Select(e => new
            {
                e.ElementNumber, e.Progress, e.RatingKey, Owner = db.Users.Where(u => u.Id == e.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                Evidence = db.Set<EvidenceLink>().Count(l => l.ElementSelfAssessmentId == e.Id
                    && db.Set<EvidenceItem>().Any(i => i.Id == l.EvidenceItemId && i.DeletedAt == null)),
            })
            .ToDictionaryAsync(e => e.ElementNumber, ct);
        var ratingNames = tree.Ratings.ToDictionary(r => r.Key, r => r.Name);
        var tasks = tree.Criteria.Select(c => new TaskCriterion(c.Number, c.Title, c.SubCriteria.Select(s => new TaskSubCriterion(s.Number, s.Title,
            s.Elements.Select(e => rows.TryGetValue(e.Number, out var r)
                ? new TaskRow(e.Number, e.Title, r.Progress, r.RatingKey is null ? null : ratingNames.GetValueOrDefault(r.RatingKey), r.Owner, r.Evidence)
                : new TaskRow(e.Number, e.Title, ElementProgress.NotStarted, null, null, 0)).ToList())).ToList())).ToList();
        var standings = tree.Criteria.SelectMany(c => c.SubCriteria.SelectMany(s => s.Elements.Select(e =>
            new ElementStanding(e.Number, c.Number, rows.TryGetValue(e.Number, out var r) ? r.RatingKey : null, r?.Evidence ?? 0)))).ToList();
        return (tree, tasks, standings);
    }
}
