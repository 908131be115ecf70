using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Api;

public sealed record StandardDto(string Code, string Title, string? Owner, string? CurrentVersion);
public sealed record VersionDto(string Code, string Version, string Status, string Wording, DateTimeOffset? PublishedAt, int Elements);
public sealed record RatingDto(string Key, string Name, int Points, bool CountsAsCompliant, bool Blocks, bool NeedsActionPlan);
public sealed record ElementDto(string Number, string Title, string Statement, string? Guidance, string? ShowMe, string? TellMe);
public sealed record SubCriterionDto(string Number, string Title, IReadOnlyList<ElementDto> Elements);
public sealed record CriterionDto(string Number, string Title, IReadOnlyList<SubCriterionDto> SubCriteria);
public sealed record VersionTreeDto(VersionDto Version, IReadOnlyList<RatingDto> Ratings, decimal MinimumCompliantShare, IReadOnlyList<CriterionDto> Criteria);

/// <summary>The public catalogue: published and retired versions for anyone; drafts only for the standard owner.</summary>
public static class StandardsApi
{
    public static void MapStandardsApi(this RouteGroupBuilder v1)
    {
        var standards = v1.MapGroup("/standards").AllowAnonymous();
        standards.MapGet("", ListStandards).WithName("ListStandards").WithSummary("Standards in the catalogue");
        standards.MapGet("/{code}/versions", ListVersions).WithName("ListStandardVersions").WithSummary("A standard's versions");
        standards.MapGet("/{code}/versions/{version}", GetVersion).WithName("GetStandardVersion").WithSummary("One version: ratings, outcome rules and the whole tree");
        standards.MapGet("/{code}/versions/{version}/elements/{number}", GetElement).WithName("GetStandardElement").WithSummary("One element of a version");
    }

    private static async Task<Ok<List<StandardDto>>> ListStandards(AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Standards.OrderBy(s => s.Code).Select(s => new StandardDto(s.Code, s.Title, s.Owner,
            s.Versions.Where(v => v.Status == VersionStatus.Published).OrderByDescending(v => v.PublishedAt).Select(v => v.Label).FirstOrDefault())).ToListAsync(ct));

    private static async Task<Results<Ok<List<VersionDto>>, NotFound>> ListVersions(string code, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (!await db.Standards.AnyAsync(s => s.Code == code, ct)) return TypedResults.NotFound();
        var seeDrafts = await user.IsStandardOwnerAsync(ct);
        var versions = await StandardCatalogue.VersionsOfAsync(db, code, includeDrafts: seeDrafts, ct);
        return TypedResults.Ok(versions.Select(Dto).ToList());
    }

    private static async Task<Results<Ok<VersionTreeDto>, NotFound>> GetVersion(string code, string version, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var summary = await VisibleAsync(code, version, db, user, ct);
        if (summary is null) return TypedResults.NotFound();
        var tree = await StandardCatalogue.TreeAsync(db, summary, ct);
        return TypedResults.Ok(new VersionTreeDto(Dto(summary),
            tree.Ratings.Select(r => new RatingDto(r.Key, r.Name, r.Points, r.CountsAsCompliant, r.Blocks, r.NeedsActionPlan)).ToList(),
            tree.MinimumCompliantShare,
            tree.Criteria.Select(c => new CriterionDto(c.Number, c.Title, c.SubCriteria.Select(s => new SubCriterionDto(s.Number, s.Title,
                s.Elements.Select(Dto).ToList())).ToList())).ToList()));
    }

    private static async Task<Results<Ok<ElementDto>, NotFound>> GetElement(string code, string version, string number, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var summary = await VisibleAsync(code, version, db, user, ct);
        if (summary is null) return TypedResults.NotFound();
        var element = await db.Elements.Where(e => e.StandardVersionId == summary.Id && e.Number == number)
            .Select(e => new ElementDto(e.Number, e.Title, e.Statement, e.Guidance, e.ShowMe, e.TellMe)).SingleOrDefaultAsync(ct);
        return element is null ? TypedResults.NotFound() : TypedResults.Ok(element);
    }

    private static async Task<VersionSummary?> VisibleAsync(string code, string version, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var summary = await StandardCatalogue.FindAsync(db, code, version, ct);
        if (summary is null) return null;
        return summary.Status != VersionStatus.Draft || await user.IsStandardOwnerAsync(ct) ? summary : null;
    }

    private static VersionDto Dto(VersionSummary v) => new(v.Code, v.Label, v.Status.ToString(), v.Wording, v.PublishedAt, v.Elements);

    private static ElementDto Dto(ElementNode e) => new(e.Number, e.Title, e.Statement, e.Guidance, e.ShowMe, e.TellMe);
}
