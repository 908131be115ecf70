using Microsoft.AspNetCore.Http.HttpResults;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Benchmarks;

namespace StandardBearer.Web.Api;

/// <summary>A league-table row. <c>CertificationBody</c> is given on tables across bodies (national, public) and null on a body's own.</summary>
public sealed record LeagueRowDto(
    int Rank, bool Tied, string Organisation, Guid OrganisationId, Sector Sector, Region Region, SizeBand SizeBand, string? CertificationBody,
    int Points, int CompliancePlus, int Compliance, int Partial, int NonCompliance);

/// <summary>A ranked table on a date: the points scheme it used (null for the standard's defaults) and the sentence that says so.</summary>
public sealed record LeagueTableDto(DateOnly AsOf, string Group, string? PointsScheme, string PointsDescription, IReadOnlyList<LeagueRowDto> Rows);

/// <summary>The public table: <c>Suppressed</c> (and no rows) when fewer than five organisations in the group agreed to publish.</summary>
public sealed record PublicLeagueTableDto(DateOnly AsOf, string Group, string? PointsScheme, string PointsDescription, bool Suppressed, IReadOnlyList<LeagueRowDto> Rows);

public sealed record HeatCellDto(string Rating, string Name, int Count, decimal Share);

public sealed record HeatMapRowDto(string Element, string Title, IReadOnlyList<HeatCellDto> Ratings, int PartialOrWorse, decimal PartialOrWorseShare);

/// <summary>For each element, holders at each rating; <c>MostOftenPartial</c> lists up to ten element numbers, most first.</summary>
public sealed record HeatMapDto(DateOnly AsOf, string Group, string Version, int Holders, IReadOnlyList<HeatMapRowDto> Elements, IReadOnlyList<HeatMapRowDto> MostOftenPartial);

/// <summary>Where one of the body's holders stands in its table, with the figures and the sentence for its board.</summary>
public sealed record ClientPositionDto(
    string Organisation, DateOnly AsOf, string Group, string PointsDescription, int Rank, bool Tied, int Total, int Ahead, int AheadWithPartial,
    int WithoutPartial, bool IsWithoutPartial, int Points, string Sentence);

/// <summary>
/// League tables and element heat maps with the pages' visibility rules: a body's admins see its table with names,
/// the standard owner the national one, and anyone (within the public rate limit) the table of holders that agreed
/// to publish. Filters are the pages' (year, sector, region, size); one that cannot be read is a 400 keyed by it.
/// </summary>
public static class BenchmarksApi
{
    public static void MapBenchmarksApi(this RouteGroupBuilder v1)
    {
        var benchmarks = v1.MapGroup("/benchmarks");
        var body = benchmarks.MapGroup("/bodies/{bodyId:guid}").RequireRoles(Role.CertificationBodyAdmin);
        body.MapGet("/league-table", BodyTable).WithName("GetBodyLeagueTable")
            .WithSummary("The body's holders ranked, with names, on today's date or at the end of ?year, in a peer group (?sector, ?region, ?size)");
        // {clientId}, not {organisationId}: the tenant check reads organisationId as the caller's own organisation.
        body.MapGet("/organisations/{clientId:guid}/position", ClientPosition).WithName("GetBodyHolderPosition")
            .WithSummary("Where one of the body's holders stands in its table (as `sb benchmark position`), in the same peer group and year filters");
        body.MapGet("/elements", BodyElements).WithName("GetBodyElementHeatMap")
            .WithSummary("For the body's holders, the share at each rating of every element, and the elements most often Partial");

        var national = benchmarks.MapGroup("/national").RequireRoles(Role.StandardOwner);
        national.MapGet("", NationalTable).WithName("GetNationalLeagueTable")
            .WithSummary("Every body's holders ranked on the standard's default points, with names and bodies");
        national.MapGet("/elements", NationalElements).WithName("GetNationalElementHeatMap")
            .WithSummary("For every body's holders, the share at each rating of every element, and the elements most often Partial");

        benchmarks.MapGet("/public", PublicTable).AllowAnonymous().RequireRateLimiting(RateLimits.Public).WithName("GetPublicLeagueTable")
            .WithSummary("Holders that agreed to publish their results, ranked among themselves; suppressed when fewer than five are in the group");
    }

    private static Task<Results<Ok<LeagueTableDto>, ValidationProblem>> BodyTable(
        Guid bodyId, string? year, string? sector, string? region, string? size, AppDbContext db, TimeProvider time, CancellationToken ct) =>
        TableAsync(bodyId, new BenchmarkFilters(year, sector, region, size), db, time, ct);

    private static Task<Results<Ok<LeagueTableDto>, ValidationProblem>> NationalTable(
        string? year, string? sector, string? region, string? size, AppDbContext db, TimeProvider time, CancellationToken ct) =>
        TableAsync(null, new BenchmarkFilters(year, sector, region, size), db, time, ct);

    private static Task<Results<Ok<HeatMapDto>, ValidationProblem>> BodyElements(
        Guid bodyId, string? year, string? sector, string? region, string? size, AppDbContext db, TimeProvider time, CancellationToken ct) =>
        HeatMapAsync(bodyId, new BenchmarkFilters(year, sector, region, size), db, time, ct);

    private static Task<Results<Ok<HeatMapDto>, ValidationProblem>> NationalElements(
        string? year, string? sector, string? region, string? size, AppDbContext db, TimeProvider time, CancellationToken ct) =>
        HeatMapAsync(null, new BenchmarkFilters(year, sector, region, size), db, time, ct);

    private static async Task<Results<Ok<ClientPositionDto>, ValidationProblem, ProblemHttpResult>> ClientPosition(
        Guid bodyId, Guid clientId, string? year, string? sector, string? region, string? size, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var request = new BenchmarkFilters(year, sector, region, size).ToRequest(Dates.Today(time), out var errors);
        if (errors.Count > 0) return Invalid(errors);
        var data = await BenchmarkQueries.LoadAsync(db, BenchmarkQueries.DefaultStandard, ct);
        var t = Benchmarks.Table(data, bodyId, request.AsOf, request.Group);
        var entry = t.Entries.FirstOrDefault(e => e.Organisation.Id == clientId);
        if (entry is null)
            return TypedResults.Problem(detail: $"This organisation is not among the body's holders on {Dates.Day(t.AsOf)} in this group.",
                statusCode: StatusCodes.Status404NotFound, title: ProblemTypes.TitleFor(404), type: ProblemTypes.For(404));
        var p = LeagueTable.PositionOf(t.Rows, clientId)!;
        return TypedResults.Ok(new ClientPositionDto(entry.Organisation.Name, t.AsOf, t.Group.Describe(), t.PointsDescription, p.Rank, p.Tied, p.Total, p.Ahead,
            p.AheadWithPartial, p.WithoutPartial, p.IsWithoutPartial, p.Points, p.Sentence));
    }

    private static async Task<Results<Ok<PublicLeagueTableDto>, ValidationProblem>> PublicTable(
        string? year, string? sector, string? region, string? size, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var request = new BenchmarkFilters(year, sector, region, size).ToRequest(Dates.Today(time), out var errors);
        if (errors.Count > 0) return Invalid(errors);
        var data = await BenchmarkQueries.LoadAsync(db, BenchmarkQueries.DefaultStandard, ct);
        var published = BenchmarkViews.ForPublic(Benchmarks.Table(data, null, request.AsOf, request.Group));
        var t = published.Table;
        return TypedResults.Ok(new PublicLeagueTableDto(t.AsOf, t.Group.Describe(), t.Points.SchemeName, t.PointsDescription, published.Suppressed, Rows(t)));
    }

    private static async Task<Results<Ok<LeagueTableDto>, ValidationProblem>> TableAsync(
        Guid? bodyId, BenchmarkFilters filters, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var request = filters.ToRequest(Dates.Today(time), out var errors);
        if (errors.Count > 0) return Invalid(errors);
        var data = await BenchmarkQueries.LoadAsync(db, BenchmarkQueries.DefaultStandard, ct);
        var t = Benchmarks.Table(data, bodyId, request.AsOf, request.Group);
        return TypedResults.Ok(new LeagueTableDto(t.AsOf, t.Group.Describe(), t.Points.SchemeName, t.PointsDescription, Rows(t)));
    }

    private static async Task<Results<Ok<HeatMapDto>, ValidationProblem>> HeatMapAsync(
        Guid? bodyId, BenchmarkFilters filters, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var request = filters.ToRequest(Dates.Today(time), out var errors);
        if (errors.Count > 0) return Invalid(errors);
        var data = await BenchmarkQueries.LoadAsync(db, BenchmarkQueries.DefaultStandard, ct);
        var table = Benchmarks.Table(data, bodyId, request.AsOf, request.Group);
        var map = Benchmarks.HeatMap(data, table);
        return TypedResults.Ok(new HeatMapDto(table.AsOf, table.Group.Describe(), map.VersionLabel, map.Holders,
            map.Rows.Select(Row).ToList(), map.MostOftenPartial(10).Select(Row).ToList()));
    }

    private static List<LeagueRowDto> Rows(BenchmarkTable table) =>
        table.Entries.Select(e => new LeagueRowDto(e.Row.Rank, e.Row.Tied, e.Organisation.Name, e.Organisation.Id, e.Organisation.Sector, e.Organisation.Region,
            e.Organisation.SizeBand, table.CertificationBodyId is null ? e.BodyName : null,
            e.Score.Points, e.Score.CompliancePlus, e.Score.Compliance, e.Score.Partial, e.Score.NonCompliance)).ToList();

    private static HeatMapRowDto Row(HeatMapRow row) =>
        new(row.ElementNumber, row.Title, row.Cells.Select(c => new HeatCellDto(c.RatingKey, c.RatingName, c.Count, c.Share)).ToList(), row.PartialOrWorse, row.PartialOrWorseShare);

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, type: ProblemTypes.For(400), title: ProblemTypes.TitleFor(400));
}
