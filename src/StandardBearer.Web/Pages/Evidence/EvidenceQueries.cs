using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Web.Pages.SelfAssessment;

namespace StandardBearer.Web.Pages.Evidence;

public sealed record ElementRef(string Number, string Title);

public sealed record FileRef(Guid Id, string FileName, long Length);

/// <summary>A live item linked to an element, with what its current revision holds.</summary>
public sealed record LinkedEvidence(Guid Id, string Title, EvidenceKind Kind, string? Url, IReadOnlyList<FileRef> Files);

/// <summary>Reads shared by the evidence pages and the self-assessment element page.</summary>
public static class EvidenceQueries
{
    /// <summary>The item with every revision and file, deleted or not (a deleted item's page still shows its history).</summary>
    public static Task<EvidenceItem?> ItemAsync(AppDbContext db, Guid organisationId, Guid itemId, CancellationToken ct) =>
        db.Set<EvidenceItem>().AsNoTracking().Include(i => i.Revisions).ThenInclude(r => r.Files)
            .AsSplitQuery().SingleOrDefaultAsync(i => i.Id == itemId && i.OrganisationId == organisationId, ct);

    /// <summary>The item's title when it is live (not deleted); null otherwise.</summary>
    public static Task<string?> LiveTitleAsync(AppDbContext db, Guid organisationId, Guid itemId, CancellationToken ct) =>
        db.Set<EvidenceItem>().Where(i => i.Id == itemId && i.OrganisationId == organisationId && i.DeletedAt == null)
            .Select(i => i.Title).SingleOrDefaultAsync(ct);

    /// <summary>The elements of the open self-assessment that the item supports, in the standard's order.</summary>
    public static async Task<IReadOnlyList<ElementRef>> OpenElementsUsingAsync(AppDbContext db, Guid organisationId, Guid itemId, CancellationToken ct)
    {
        var open = await SelfAssessmentQueries.OpenAsync(db, organisationId, ct);
        if (open is null) return [];
        var numbers = await db.Set<EvidenceLink>().Where(l => l.EvidenceItemId == itemId)
            .Join(db.Set<ElementSelfAssessment>().Where(e => e.SelfAssessmentId == open.Id), l => l.ElementSelfAssessmentId, e => e.Id, (_, e) => e)
            .OrderBy(e => e.Order).Select(e => e.ElementNumber).ToListAsync(ct);
        var titles = await db.Elements.Where(e => e.StandardVersionId == open.StandardVersionId && numbers.Contains(e.Number))
            .ToDictionaryAsync(e => e.Number, e => e.Title, ct);
        return numbers.Select(n => new ElementRef(n, titles.GetValueOrDefault(n, ""))).ToList();
    }

    /// <summary>The live items linked to one element of a self-assessment, with their current files.</summary>
    public static async Task<IReadOnlyList<LinkedEvidence>> LinkedToAsync(AppDbContext db, Guid elementSelfAssessmentId, CancellationToken ct)
    {
        var items = await db.Set<EvidenceLink>().Where(l => l.ElementSelfAssessmentId == elementSelfAssessmentId)
            .Join(db.Set<EvidenceItem>().Where(i => i.DeletedAt == null), l => l.EvidenceItemId, i => i.Id, (l, i) => new { i.Id, i.Title, i.Kind, i.CurrentRevision, l.LinkedAt })
            .OrderBy(i => i.LinkedAt).ToListAsync(ct);
        var ids = items.Select(i => i.Id).ToList();
        var revisions = await db.Set<EvidenceRevision>().AsNoTracking().Include(r => r.Files)
            .Where(r => ids.Contains(r.EvidenceItemId) && db.Set<EvidenceItem>().Any(i => i.Id == r.EvidenceItemId && i.CurrentRevision == r.Number))
            .ToListAsync(ct);
        return items.Select(i =>
        {
            var current = revisions.SingleOrDefault(r => r.EvidenceItemId == i.Id);
            return new LinkedEvidence(i.Id, i.Title, i.Kind, current?.Url,
                current?.Files.Select(f => new FileRef(f.Id, f.FileName, f.Length)).ToList() ?? []);
        }).ToList();
    }
}
