using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Data;
using BenchmarkTables = StandardBearer.Core.Benchmarking.Benchmarks;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>
/// What an organisation may see of benchmarks on a date and in a peer group: its own position in the table of the
/// body it held the standard with then, and an anonymised distribution. Worked out the same way for its pages and the
/// API, so neither can show more than the other. Other organisations' names never leave this record.
/// </summary>
public sealed record OrganisationBenchmark(BenchmarkRequest Request, OrganisationInfo Organisation, string? BodyName, OrganisationView View, int FirstYear)
{
    /// <summary>Whether it held the standard on the date at all (with any body).</summary>
    public bool Holding => BodyName is not null;

    /// <summary>It held the standard, but the chosen peer group is not its own (another sector, region or size).</summary>
    public bool OutsideGroup => Holding && !Request.Group.Contains(Organisation);

    /// <summary>Null when the organisation does not exist (the route's tenant check makes that unlikely).</summary>
    public static async Task<OrganisationBenchmark?> LoadAsync(AppDbContext db, Guid organisationId, BenchmarkRequest request, DateOnly today, CancellationToken ct)
    {
        var data = await BenchmarkQueries.LoadAsync(db, BenchmarkQueries.DefaultStandard, ct);
        if (!data.Organisations.TryGetValue(organisationId, out var organisation)) return null;
        var bodyId = data.HoldingOn(organisationId, request.AsOf)?.CertificationBodyId;
        var table = bodyId is { } id
            ? BenchmarkTables.Table(data, id, request.AsOf, request.Group)
            : new BenchmarkTable(request.AsOf, null, "", request.Group, PointsBasis.Defaults, "", []);
        var bodyName = bodyId is { } b ? data.Bodies.GetValueOrDefault(b, "") : null;
        return new OrganisationBenchmark(request, organisation, bodyName, BenchmarkViews.ForOrganisation(table, organisationId),
            data.FirstYear(organisationId) ?? today.Year);
    }

    /// <summary>The organisation's standing at the end of each year since its first result, with its rank in its body's table.</summary>
    public static async Task<IReadOnlyList<TrendPoint>?> TrendAsync(AppDbContext db, Guid organisationId, DateOnly today, CancellationToken ct)
    {
        var data = await BenchmarkQueries.LoadAsync(db, BenchmarkQueries.DefaultStandard, ct);
        return data.Organisations.ContainsKey(organisationId) ? BenchmarkTables.Trend(data, organisationId, today) : null;
    }
}
