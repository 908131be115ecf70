using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;

namespace StandardBearer.Core.SelfAssessment;

public sealed record LinkedEvidenceFile(Guid Id, string FileName, string MediaType, long Length, string Sha256);

/// <summary>An evidence item as it stands now: its details and its current revision's address and files.</summary>
public sealed record LinkedEvidenceItem(
    Guid Id, string Title, EvidenceKind Kind, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, IReadOnlyList<string> Tags,
    string? Url, DateTimeOffset UpdatedAt, DateTimeOffset? DeletedAt, IReadOnlyList<LinkedEvidenceFile> Files);

/// <summary>
/// Reads shared by the API's element view and the evidence pack: which items support which elements, each with its
/// current revision. Runs under the request's tenant filter; a fixed number of queries however many items there are.
/// </summary>
public static class LinkedEvidence
{
    /// <summary>Items linked to the given element rows, keyed by element row, oldest link first.</summary>
    public static async Task<ILookup<Guid, LinkedEvidenceItem>> ForElementsAsync(AppDbContext db, IReadOnlyCollection<Guid> elementRowIds, bool liveOnly, CancellationToken ct)
    {
        var links = await db.Set<EvidenceLink>().Where(l => elementRowIds.Contains(l.ElementSelfAssessmentId))
            .OrderBy(l => l.LinkedAt).Select(l => new { l.ElementSelfAssessmentId, l.EvidenceItemId }).ToListAsync(ct);
        var items = (await ItemsAsync(db, links.Select(l => l.EvidenceItemId).Distinct().ToList(), ct))
            .Where(i => !liveOnly || i.DeletedAt is null).ToDictionary(i => i.Id);
        return links.Where(l => items.ContainsKey(l.EvidenceItemId)).ToLookup(l => l.ElementSelfAssessmentId, l => items[l.EvidenceItemId]);
    }

    /// <summary>The given items with their current revision's address and files (deleted items included: history keeps them).</summary>
    public static async Task<IReadOnlyList<LinkedEvidenceItem>> ItemsAsync(AppDbContext db, IReadOnlyCollection<Guid> itemIds, CancellationToken ct)
    {
        if (itemIds.Count == 0) return [];
        var items = await db.Set<EvidenceItem>().Where(i => itemIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, i.Kind, i.EffectiveFrom, i.EffectiveTo, i.Tags, i.UpdatedAt, i.DeletedAt, i.CurrentRevision })
            .ToListAsync(ct);
        var revisions = await db.Set<EvidenceRevision>()
            .Where(r => itemIds.Contains(r.EvidenceItemId) && db.Set<EvidenceItem>().Any(i => i.Id == r.EvidenceItemId && i.CurrentRevision == r.Number))
            .Select(r => new { r.Id, r.EvidenceItemId, r.Url }).ToListAsync(ct);
        var revisionIds = revisions.Select(r => r.Id).ToList();
        var files = (await db.Set<EvidenceFile>().Where(f => revisionIds.Contains(f.EvidenceRevisionId))
                .Select(f => new { f.EvidenceRevisionId, File = new LinkedEvidenceFile(f.Id, f.FileName, f.MediaType, f.Length, f.Sha256) })
                .ToListAsync(ct))
            .OrderBy(f => f.File.FileName, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.File.Id)
            .ToLookup(f => f.EvidenceRevisionId, f => f.File);
        var current = revisions.ToDictionary(r => r.EvidenceItemId);
        return items.Select(i =>
        {
            var revision = current.GetValueOrDefault(i.Id);
            return new LinkedEvidenceItem(i.Id, i.Title, i.Kind, i.EffectiveFrom, i.EffectiveTo, i.Tags, revision?.Url, i.UpdatedAt, i.DeletedAt,
                revision is null ? [] : files[revision.Id].ToList());
        }).ToList();
    }
}
