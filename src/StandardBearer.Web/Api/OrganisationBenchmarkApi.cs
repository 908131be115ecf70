using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Benchmarks;

namespace StandardBearer.Web.Api;

/// <summary>
/// The organisation's position as its board would quote it. The figures are null when it is not in the table on the
/// date (<c>inTable</c> false) or the group is too small to show them (<c>suppressed</c> true). No other organisation
/// is named.
/// </summary>
public sealed record BenchmarkPositionDto(
    DateOnly AsOf, string? PointsDescription, bool InTable, bool Suppressed,
    int? Rank, bool? Tied, int? Total, int? Ahead, int? AheadWithPartial, int? WithoutPartial, bool? IsWithoutPartial, int? Points, string? Sentence,
    Distribution? Distribution);

/// <summary>One year of the trend; the figures are null in a year the organisation held nothing (<c>held</c> false).</summary>
public sealed record BenchmarkTrendPointDto(
    int Year, DateOnly AsOf, bool Held, string? CertificationBody, int? Points, int? Rank, bool Tied, int? Total,
    int? CompliancePlus, int? Compliance, int? Partial, int? NonCompliance);

public sealed record SetBenchmarkConsentRequest(bool? Publish);

public sealed record BenchmarkConsentDto(bool Publish, DateTimeOffset? ChangedAt);

public static class OrganisationBenchmarkApi
{
    public static void MapOrganisationBenchmarkApi(this RouteGroupBuilder v1)
    {
        var benchmark = v1.MapGroup("/organisations/{organisationId:guid}/benchmark");
        benchmark.MapGet("/position", Position).RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember).WithName("GetOrganisationBenchmarkPosition")
            .WithSummary("The organisation's position in its certification body's table on a date (year: end of that year; none: today) and peer group (sector, region, size), with an anonymised distribution of points");
        benchmark.MapGet("/trend", Trend).RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember).WithName("GetOrganisationBenchmarkTrend")
            .WithSummary("Points, rank and counts by rating at the end of each year since the organisation's first result");
        benchmark.MapGet("/consent", Consent).RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember).WithName("GetOrganisationBenchmarkConsent")
            .WithSummary("Whether the organisation agrees to appear in the public benchmark table");
        benchmark.MapPut("/consent", SetConsent).RequireRoles(Role.OrganisationAdmin).WithName("SetOrganisationBenchmarkConsent")
            .WithSummary("Agree to appear in the public benchmark table, or withdraw: {\"publish\": true}");
    }

    private static async Task<Results<Ok<BenchmarkPositionDto>, ValidationProblem, NotFound>> Position(
        Guid organisationId, string? year, string? sector, string? region, string? size, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var today = Dates.Today(time);
        var request = new BenchmarkFilters(year, sector, region, size).ToRequest(today, out var errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, type: ProblemTypes.For(400), title: ProblemTypes.TitleFor(400));
        if (await OrganisationBenchmark.LoadAsync(db, organisationId, request, today, ct) is not { } benchmark) return TypedResults.NotFound();
        var view = benchmark.View;
        var p = view.Position;
        return TypedResults.Ok(new BenchmarkPositionDto(request.AsOf, view.InTable ? view.Table.PointsDescription : null, view.InTable, view.Suppressed,
            p?.Rank, p?.Tied, p?.Total, p?.Ahead, p?.AheadWithPartial, p?.WithoutPartial, p?.IsWithoutPartial, p?.Points, p?.Sentence, view.Distribution));
    }

    private static async Task<Results<Ok<List<BenchmarkTrendPointDto>>, NotFound>> Trend(Guid organisationId, AppDbContext db, TimeProvider time, CancellationToken ct) =>
        await OrganisationBenchmark.TrendAsync(db, organisationId, Dates.Today(time), ct) is { } trend
            ? TypedResults.Ok(trend.Select(t => new BenchmarkTrendPointDto(t.Year, t.AsOf, t.Score is not null, t.BodyName, t.Score?.Points, t.Rank, t.Tied, t.Total,
                t.Score?.CompliancePlus, t.Score?.Compliance, t.Score?.Partial, t.Score?.NonCompliance)).ToList())
            : TypedResults.NotFound();

    private static async Task<Results<Ok<BenchmarkConsentDto>, NotFound>> Consent(Guid organisationId, AppDbContext db, CancellationToken ct) =>
        await db.Organisations.Where(o => o.Id == organisationId).Select(o => new BenchmarkConsentDto(o.PublishBenchmark, o.PublishBenchmarkChangedAt))
            .SingleOrDefaultAsync(ct) is { } consent ? TypedResults.Ok(consent) : TypedResults.NotFound();

    private static async Task<Results<Ok<BenchmarkConsentDto>, ValidationProblem, NotFound>> SetConsent(
        Guid organisationId, SetBenchmarkConsentRequest request, OrganisationService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (request.Publish is not { } publish)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["publish"] = [BenchmarkConsentInput.Required] },
                type: ProblemTypes.For(400), title: ProblemTypes.TitleFor(400));
        await service.SetBenchmarkConsentAsync(organisationId, publish, user.Actor, ct);
        return await Consent(organisationId, db, ct) is { Result: Ok<BenchmarkConsentDto> ok } ? ok : TypedResults.NotFound();
    }
}
