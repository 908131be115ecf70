using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.Standards;

namespace StandardBearer.Web.Pages.Assessments.DesktopReview;

public sealed record ReviewRow(
    string Number, string Title, bool InScope, bool CarriedForward, string? SelfRatingName, string? ProvisionalRatingName, bool Reviewed, string? FinalRatingName);
public sealed record ReviewSubCriterion(string Number, string Title, IReadOnlyList<ReviewRow> Rows);
public sealed record ReviewCriterion(string Number, string Title, IReadOnlyList<ReviewSubCriterion> SubCriteria);

/// <summary>An evidence item as the assessment froze it: the revision, its title then, and that revision's files.</summary>
public sealed record SnapshotItem(
    Guid ItemId, Guid? EvidenceRequestId, string Title, string? Description, EvidenceKind Kind, int RevisionNumber, string? Url, IReadOnlyList<SnapshotFile> Files)
{
    public string KindName => EvidenceKinds.DisplayName(Kind);
}

public sealed record EvidenceRequestView(
    Guid Id, string ElementNumber, string ElementTitle, string Text, DateOnly DueOn, EvidenceRequestStatus Status, DateTimeOffset RaisedAt, string? RaisedByName,
    string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredByName, IReadOnlyList<SnapshotItem> Evidence);

/// <summary>One element as the assessor reviews it: the standard's text, the frozen self-assessment, the review so far, evidence and requests.</summary>
public sealed record ElementReview(
    ElementNode Text, AssessmentElementView Element, string? SelfRatingName, string? ProvisionalRatingName, string? FinalRatingName,
    IReadOnlyList<SnapshotItem> Evidence, IReadOnlyList<EvidenceRequestView> Requests);

/// <summary>
/// The desktop review's reads, for the pages and the API alike. What the assessor's working shows is decided by
/// <see cref="AssessmentQueries"/>; what evidence files there are, by <see cref="SnapshotEvidence"/>.
/// </summary>
public static class ReviewQueries
{
    public static async Task<VersionTree> TreeAsync(AppDbContext db, AssessmentAccess access, CancellationToken ct)
    {
        var versionId = await db.Set<Assessment>().Where(a => a.Id == access.AssessmentId).Select(a => a.StandardVersionId).SingleAsync(ct);
        return await StandardCatalogue.TreeAsync(db, await StandardCatalogue.ByIdAsync(db, versionId, ct), ct);
    }

    /// <summary>The snapshot's elements grouped as the standard groups them, each with its self-rating and review state.</summary>
    public static async Task<IReadOnlyList<ReviewCriterion>> TaskListAsync(AppDbContext db, AssessmentAccess access, VersionTree tree, CancellationToken ct)
    {
        var elements = (await AssessmentQueries.ElementsAsync(db, access, ct)).ToDictionary(e => e.Number);
        var names = RatingNames(tree);
        ReviewRow Row(ElementNode e, AssessmentElementView x) => new(e.Number, e.Title, x.InScope, x.CarriedForward,
            Name(names, x.SelfRatingKey), Name(names, x.ProvisionalRatingKey), x.Reviewed, Name(names, x.FinalRatingKey));
        return tree.Criteria.Select(c => new ReviewCriterion(c.Number, c.Title, c.SubCriteria
                .Select(s => new ReviewSubCriterion(s.Number, s.Title, s.Elements.Where(e => elements.ContainsKey(e.Number)).Select(e => Row(e, elements[e.Number])).ToList()))
                .Where(s => s.Rows.Count > 0).ToList()))
            .ToList();
    }

    /// <summary>Null when the element is not part of this assessment.</summary>
    public static async Task<ElementReview?> ElementAsync(AppDbContext db, AssessmentAccess access, VersionTree tree, string number, CancellationToken ct)
    {
        var text = tree.Elements.FirstOrDefault(e => e.Number == number);
        var element = (await AssessmentQueries.ElementsAsync(db, access, ct)).FirstOrDefault(e => e.Number == number);
        if (text is null || element is null) return null;
        var names = RatingNames(tree);
        var evidence = await ItemsAsync(db, access, number, ct);
        var requests = await RequestsAsync(db, access, tree, number, ct);
        return new ElementReview(text, element, Name(names, element.SelfRatingKey), Name(names, element.ProvisionalRatingKey), Name(names, element.FinalRatingKey),
            evidence.Where(i => i.EvidenceRequestId is null).ToList(), requests);
    }

    /// <summary>The assessment's evidence requests, oldest first, each with the organisation's answer and the evidence it gave.</summary>
    public static async Task<IReadOnlyList<EvidenceRequestView>> RequestsAsync(AppDbContext db, AssessmentAccess access, VersionTree tree, string? number, CancellationToken ct)
    {
        if (!access.CanSee) return [];
        var rows = await db.Set<EvidenceRequest>().AsNoTracking()
            .Where(r => r.AssessmentId == access.AssessmentId && (number == null || r.ElementNumber == number))
            .OrderBy(r => r.RaisedAt).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var answered = (await ItemsAsync(db, access, number, ct)).Where(i => i.EvidenceRequestId is not null).ToLookup(i => i.EvidenceRequestId);
        var titles = tree.Elements.ToDictionary(e => e.Number, e => e.Title);
        return rows.Select(r => new EvidenceRequestView(r.Id, r.ElementNumber, titles.GetValueOrDefault(r.ElementNumber, ""), r.Text, r.DueOn, r.Status, r.RaisedAt, r.RaisedByName,
            r.Answer, r.AnsweredAt, r.AnsweredByName, answered[r.Id].ToList())).ToList();
    }

    /// <summary>The frozen evidence of one element (or of every element), with each revision's files.</summary>
    private static async Task<IReadOnlyList<SnapshotItem>> ItemsAsync(AppDbContext db, AssessmentAccess access, string? number, CancellationToken ct)
    {
        var elements = db.Set<AssessmentElement>().Where(e => e.AssessmentId == access.AssessmentId && (number == null || e.ElementNumber == number)).Select(e => e.Id);
        var rows = await db.Set<AssessmentEvidence>().AsNoTracking()
            .Where(e => e.AssessmentId == access.AssessmentId && elements.Contains(e.AssessmentElementId))
            .OrderBy(e => e.Title).ThenBy(e => e.Id).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var files = (await SnapshotEvidence.FilesAsync(db, access, ct)).ToLookup(f => f.EvidenceRevisionId);
        return rows.Select(r => new SnapshotItem(r.EvidenceItemId, r.EvidenceRequestId, r.Title, r.Description, r.Kind, r.RevisionNumber, r.Url,
            files[r.EvidenceRevisionId].ToList())).ToList();
    }

    public static Dictionary<string, string> RatingNames(VersionTree tree) => tree.Ratings.ToDictionary(r => r.Key, r => r.Name);

    private static string? Name(Dictionary<string, string> names, string? key) => key is null ? null : names.GetValueOrDefault(key, key);
}
