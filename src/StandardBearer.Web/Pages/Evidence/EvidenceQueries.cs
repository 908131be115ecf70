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
    /// <summary>
    /// The organisation's live items matching what a person typed: part of the title or part of a tag, ignoring case
    /// and extra spaces. Used by the library, the link page and the API, so all three find the same things.
    /// </summary>
    public static IQueryable<EvidenceItem> Search(AppDbContext db, Guid organisationId, string? query, EvidenceKind? kind = null)
    {
        var items = db.Set<EvidenceItem>().Where(i => i.OrganisationId == organisationId && i.DeletedAt == null);
        if (kind is { } only) items = items.Where(i => i.Kind == only);
        var term = string.Join(' ', (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        // Tags are stored lower case. ToLower and Contains translate on both providers (lower/instr on SQLite,
        // lower/strpos on PostgreSQL), and the tag test runs inside the stored list.
        return term.Length == 0 ? items : items.Where(i => i.Title.ToLower().Contains(term) || i.Tags.Any(t => t.Contains(term)));
    }

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
