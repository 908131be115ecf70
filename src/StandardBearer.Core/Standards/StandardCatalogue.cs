using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.Standards;

public sealed record VersionSummary(Guid Id, string Code, string StandardTitle, string Label, VersionStatus Status, string Wording,
    DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, int Elements)
{
    public bool IsSummaries => Wording == "summaries";
}

public sealed record ElementNode(string Number, string Title, string Statement, string? Guidance, string? ShowMe, string? TellMe);
public sealed record SubCriterionNode(string Number, string Title, IReadOnlyList<ElementNode> Elements);
public sealed record CriterionNode(string Number, string Title, IReadOnlyList<SubCriterionNode> SubCriteria);
public sealed record VersionTree(VersionSummary Version, IReadOnlyList<ScaleRating> Ratings, decimal MinimumCompliantShare, IReadOnlyList<CriterionNode> Criteria)
{
    public IEnumerable<ElementNode> Elements => Criteria.SelectMany(c => c.SubCriteria).SelectMany(s => s.Elements);
}

/// <summary>The catalogue's reads, shared by pages, API and CLI. Standards are public platform data: no tenant filter.</summary>
public static class StandardCatalogue
{
    /// <summary>All versions, newest first within each standard.</summary>
    public static IQueryable<VersionSummary> Summaries(AppDbContext db) =>
        Project(db, db.StandardVersions.OrderBy(v => v.Standard!.Code).ThenByDescending(v => v.CreatedAt));

    /// <summary>The newest published version of a standard: what people mean by "the standard".</summary>
    public static Task<VersionSummary?> CurrentAsync(AppDbContext db, string code, CancellationToken ct = default) =>
        Project(db, db.StandardVersions.Where(v => v.Standard!.Code == code && v.Status == VersionStatus.Published).OrderByDescending(v => v.PublishedAt))
            .FirstOrDefaultAsync(ct);

    /// <summary>The element numbers of the current published version (none before one is published), to check numbers people type.</summary>
    public static async Task<HashSet<string>> CurrentElementNumbersAsync(AppDbContext db, string code, CancellationToken ct = default)
    {
        var current = await CurrentAsync(db, code, ct);
        if (current is null) return [];
        return (await db.Elements.Where(e => e.StandardVersionId == current.Id).Select(e => e.Number).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
    }

    public static Task<VersionSummary?> FindAsync(AppDbContext db, string code, string label, CancellationToken ct = default) =>
        Project(db, db.StandardVersions.Where(v => v.Standard!.Code == code && v.Label == label)).SingleOrDefaultAsync(ct);

    public static Task<VersionSummary> ByIdAsync(AppDbContext db, Guid versionId, CancellationToken ct = default) =>
        Project(db, db.StandardVersions.Where(v => v.Id == versionId)).SingleAsync(ct);

    public static Task<List<VersionSummary>> PublishedAsync(AppDbContext db, string code, CancellationToken ct = default) =>
        Project(db, db.StandardVersions.Where(v => v.Standard!.Code == code && v.Status == VersionStatus.Published).OrderByDescending(v => v.PublishedAt))
            .ToListAsync(ct);

    public static Task<List<VersionSummary>> VersionsOfAsync(AppDbContext db, string code, bool includeDrafts, CancellationToken ct = default) =>
        Project(db, db.StandardVersions.Where(v => v.Standard!.Code == code && (includeDrafts || v.Status != VersionStatus.Draft)).OrderByDescending(v => v.CreatedAt))
            .ToListAsync(ct);

    // Filter and order on the entity, then project: EF cannot order by a member of a projected record.
    private static IQueryable<VersionSummary> Project(AppDbContext db, IQueryable<StandardVersion> versions) =>
        versions.Select(v => new VersionSummary(v.Id, v.Standard!.Code, v.Standard.Title, v.Label, v.Status, v.Wording,
            v.CreatedAt, v.PublishedAt, db.Elements.Count(e => e.StandardVersionId == v.Id)));

    public static async Task<VersionTree> TreeAsync(AppDbContext db, VersionSummary version, CancellationToken ct = default)
    {
        // Three flat queries, assembled in memory: no N+1 however many elements a version has.
        var criteria = await db.Criteria.Where(c => c.StandardVersionId == version.Id).OrderBy(c => c.Order)
            .Select(c => new { c.Id, c.Number, c.Title }).ToListAsync(ct);
        var subs = await db.SubCriteria.Where(s => s.StandardVersionId == version.Id).OrderBy(s => s.Order)
            .Select(s => new { s.Id, s.CriterionId, s.Number, s.Title }).ToListAsync(ct);
        var elements = await db.Elements.Where(e => e.StandardVersionId == version.Id).OrderBy(e => e.Order)
            .Select(e => new { e.SubCriterionId, Node = new ElementNode(e.Number, e.Title, e.Statement, e.Guidance, e.ShowMe, e.TellMe) }).ToListAsync(ct);
        var ratings = await db.StandardVersions.Where(v => v.Id == version.Id).SelectMany(v => v.Ratings).OrderBy(r => r.Order)
            .Select(r => new ScaleRating(r.Key, r.Name, r.Points, r.CountsAsCompliant, r.Blocks, r.NeedsActionPlan)).ToListAsync(ct);
        var share = await db.StandardVersions.Where(v => v.Id == version.Id).Select(v => v.MinimumCompliantShare).SingleAsync(ct);

        var elementsBySub = elements.ToLookup(e => e.SubCriterionId, e => e.Node);
        var subsByCriterion = subs.ToLookup(s => s.CriterionId, s => new SubCriterionNode(s.Number, s.Title, elementsBySub[s.Id].ToList()));
        return new VersionTree(version, ratings, share, criteria.Select(c => new CriterionNode(c.Number, c.Title, subsByCriterion[c.Id].ToList())).ToList());
    }

    public static async Task<RatingScale> ScaleAsync(AppDbContext db, Guid versionId, CancellationToken ct = default)
    {
        var version = await db.StandardVersions.Include(v => v.Ratings).SingleAsync(v => v.Id == versionId, ct);
        return RatingScale.Of(version);
    }

    public static async Task<StandardPack?> ExportAsync(AppDbContext db, string code, string label, CancellationToken ct = default)
    {
        var version = await db.StandardVersions.AsNoTracking().AsSplitQuery()
            .Include(v => v.Standard).Include(v => v.Ratings).Include(v => v.Crosswalk)
            .Include(v => v.Criteria).ThenInclude(c => c.SubCriteria).ThenInclude(s => s.Elements)
            .SingleOrDefaultAsync(v => v.Standard!.Code == code && v.Label == label, ct);
        return version is null ? null : PackMapping.ToPack(version);
    }
}
