using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Web.Pages.SelfAssessment;

namespace StandardBearer.Web.Pages.Evidence;

public sealed record ElementRef(string Number, string Title);

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
}
