using System.Globalization;
using StandardBearer.Core.Common;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Benchmarking;

public sealed record OrganisationInfo(Guid Id, string Name, Sector Sector, Region Region, SizeBand SizeBand, bool Published);

public sealed record ElementInfo(string Number, string Title);

public sealed record VersionInfo(Guid Id, Guid StandardId, string Label, RatingScale Scale, IReadOnlyList<ElementInfo> Elements)
{
    public IReadOnlyCollection<string> ElementNumbers { get; } = Elements.Select(e => e.Number).ToHashSet(StringComparer.Ordinal);
}

public sealed record SchemeInfo(Guid CertificationBodyId, string Name, DateOnly EffectiveFrom, IReadOnlyDictionary<string, int> Points);

/// <summary>A peer group: organisations of one sector, region and size band, any of which may be left open.</summary>
public sealed record PeerGroup(Sector? Sector = null, Region? Region = null, SizeBand? SizeBand = null)
{
    public static readonly PeerGroup All = new();

    public bool IsAll => Sector is null && Region is null && SizeBand is null;

    public bool Contains(OrganisationInfo o) =>
        (Sector is null || o.Sector == Sector) && (Region is null || o.Region == Region) && (SizeBand is null || o.SizeBand == SizeBand);

    public string Describe() => IsAll ? "All organisations"
        : string.Join(", ", new[]
        {
            Sector is { } s ? OrganisationNames.Display(s) : null,
            Region is { } r ? OrganisationNames.Display(r) : null,
            SizeBand is { } b ? OrganisationNames.Display(b) : null,
        }.Where(x => x is not null));
}

/// <summary>Which points a table used: a body's own scheme in force on the date, or the standard version's defaults.</summary>
public sealed record PointsBasis(string? SchemeName, DateOnly? EffectiveFrom, IReadOnlyDictionary<string, int>? Points)
{
    public static readonly PointsBasis Defaults = new(null, null, null);

    public string Describe(RatingScale scale)
    {
        var figures = string.Join(", ", scale.Ratings.Select(r => $"{r.Name} {(Points is not null && Points.TryGetValue(r.Key, out var p) ? p : r.Points)}"));
        return SchemeName is null
            ? $"Points are the standard's defaults ({figures})."
            : $"Points are from the scheme “{SchemeName}”, in force from {Dates.Day(EffectiveFrom!.Value)} ({figures}).";
    }
}

/// <summary>An organisation's row in a table: its rank, who it is, its body, and the holding its score came from.</summary>
public sealed record TableEntry(LeagueRow Row, OrganisationInfo Organisation, string BodyName, Holding Holding, Score Score);

/// <summary>A ranked table of holders on a date, for one body or (with no body) the whole country.</summary>
public sealed record BenchmarkTable(DateOnly AsOf, Guid? CertificationBodyId, string Title, PeerGroup Group, PointsBasis Points, string PointsDescription,
    IReadOnlyList<TableEntry> Entries)
{
    public IReadOnlyList<LeagueRow> Rows => Entries.Select(e => e.Row).ToList();
}

public sealed record TrendPoint(int Year, DateOnly AsOf, string? BodyName, Score? Score, int? Rank, bool Tied, int? Total);

public sealed record HeatCell(string RatingKey, string RatingName, RatingKind Kind, int Count, decimal Share);

public sealed record HeatMapRow(string ElementNumber, string Title, IReadOnlyList<HeatCell> Cells, int PartialOrWorse, decimal PartialOrWorseShare);

/// <summary>For each element, how many holders have it at each rating. Holders on another version of the standard are left out.</summary>
public sealed record HeatMap(string VersionLabel, IReadOnlyList<ScaleRating> Ratings, int Holders, IReadOnlyList<HeatMapRow> Rows)
{
    /// <summary>The elements most often rated Partial or worse, most first, leaving out elements no holder has below Compliance.</summary>
    public IReadOnlyList<HeatMapRow> MostOftenPartial(int count = 10) =>
        Rows.Where(r => r.PartialOrWorse > 0).OrderByDescending(r => r.PartialOrWorse)
            .ThenBy(r => r.ElementNumber, ElementNumberComparer.Instance).Take(count).ToList();
}

/// <summary>
/// Everything benchmarks are computed from, loaded once per request by <see cref="BenchmarkQueries.LoadAsync"/>.
/// The functions below are pure over it, so they are tested with hand-built data.
/// </summary>
public sealed class BenchmarkData(
    IReadOnlyCollection<OrganisationInfo> organisations,
    IReadOnlyDictionary<Guid, string> bodies,
    IReadOnlyCollection<VersionInfo> versions,
    IReadOnlyCollection<RecordedResult> results,
    IReadOnlyCollection<EndedCertificate> endedCertificates,
    IReadOnlyCollection<SchemeInfo> schemes)
{
    private readonly ILookup<Guid, RecordedResult> _results = results.ToLookup(r => r.OrganisationId);
    private readonly ILookup<Guid, EndedCertificate> _ended = endedCertificates.ToLookup(c => c.OrganisationId);
    private readonly Dictionary<Guid, VersionInfo> _versions = versions.ToDictionary(v => v.Id);
    private static readonly IReadOnlyCollection<string> NoElements = [];

    public IReadOnlyDictionary<Guid, OrganisationInfo> Organisations { get; } = organisations.ToDictionary(o => o.Id);
    public IReadOnlyDictionary<Guid, string> Bodies { get; } = bodies;
    public IReadOnlyDictionary<Guid, VersionInfo> Versions => _versions;

    public Holding? HoldingOn(Guid organisationId, DateOnly asOf) =>
        Standings.On(_results[organisationId], _ended[organisationId], asOf, v => _versions.TryGetValue(v, out var info) ? info.ElementNumbers : NoElements);

    /// <summary>The first year any result was recorded for the organisation, or null when none was.</summary>
    public int? FirstYear(Guid organisationId) => _results[organisationId].Select(r => (int?)r.On.Year).Min();

    /// <summary>The body's scheme in force on the date (latest effective date on or before it), or the defaults.</summary>
    public PointsBasis PointsFor(Guid? bodyId, DateOnly asOf)
    {
        if (bodyId is null) return PointsBasis.Defaults;
        var scheme = schemes.Where(s => s.CertificationBodyId == bodyId && s.EffectiveFrom <= asOf).MaxBy(s => s.EffectiveFrom);
        return scheme is null ? PointsBasis.Defaults : new PointsBasis(scheme.Name, scheme.EffectiveFrom, scheme.Points);
    }
}

/// <summary>League tables, trends and heat maps from <see cref="BenchmarkData"/>.</summary>
public static class Benchmarks
{
    /// <summary>
    /// The holders of <paramref name="bodyId"/> (or of every body, when null) on <paramref name="asOf"/> in the peer
    /// group, ranked. A body's table scores with its scheme in force on the date; the national table with the
    /// standard's defaults, so bodies' different schemes do not skew it.
    /// </summary>
    public static BenchmarkTable Table(BenchmarkData data, Guid? bodyId, DateOnly asOf, PeerGroup group)
    {
        var basis = data.PointsFor(bodyId, asOf);
        var scored = new List<(Standing Standing, OrganisationInfo Organisation, Holding Holding, Score Score)>();
        foreach (var organisation in data.Organisations.Values)
        {
            if (!group.Contains(organisation)) continue;
            var holding = data.HoldingOn(organisation.Id, asOf);
            if (holding is null || (bodyId is not null && holding.CertificationBodyId != bodyId)) continue;
            var score = Standings.Score(holding.Ratings, data.Versions[holding.StandardVersionId].Scale, basis.Points);
            scored.Add((new Standing(organisation.Id, organisation.Name, score.Points, score.CompliancePlus, score.Compliance, score.Partial, score.NonCompliance),
                organisation, holding, score));
        }
        var byId = scored.ToDictionary(s => s.Organisation.Id);
        var entries = LeagueTable.Rank(scored.Select(s => s.Standing))
            .Select(row =>
            {
                var s = byId[row.Standing.OrganisationId];
                return new TableEntry(row, s.Organisation, data.Bodies.GetValueOrDefault(s.Holding.CertificationBodyId, ""), s.Holding, s.Score);
            }).ToList();
        var scale = MainVersion(data, entries)?.Scale ?? data.Versions.Values.FirstOrDefault()?.Scale;
        var title = bodyId is { } id ? data.Bodies.GetValueOrDefault(id, "") : "All certification bodies";
        return new BenchmarkTable(asOf, bodyId, title, group, basis, scale is null ? "" : basis.Describe(scale), entries);
    }

    /// <summary>
    /// An organisation's standing at the end of each year from its first result to this year (this year as of
    /// today), with its rank in its body's table then. Years it held nothing have no score.
    /// </summary>
    public static IReadOnlyList<TrendPoint> Trend(BenchmarkData data, Guid organisationId, DateOnly today)
    {
        var first = data.FirstYear(organisationId);
        if (first is null) return [];
        var points = new List<TrendPoint>();
        for (var year = first.Value; year <= today.Year; year++)
        {
            var asOf = Standings.AsOf(year, today)!.Value;
            var holding = data.HoldingOn(organisationId, asOf);
            if (holding is null)
            {
                points.Add(new TrendPoint(year, asOf, null, null, null, false, null));
                continue;
            }
            var table = Table(data, holding.CertificationBodyId, asOf, PeerGroup.All);
            var mine = table.Entries.Single(e => e.Organisation.Id == organisationId);
            points.Add(new TrendPoint(year, asOf, mine.BodyName, mine.Score, mine.Row.Rank, mine.Row.Tied, table.Entries.Count));
        }
        return points;
    }

    /// <summary>For each element of the version most of the table's holders are on, the share of them at each rating.</summary>
    public static HeatMap HeatMap(BenchmarkData data, BenchmarkTable table)
    {
        var version = MainVersion(data, table.Entries);
        if (version is null) return new HeatMap("", [], 0, []);
        var holdings = table.Entries.Where(e => e.Holding.StandardVersionId == version.Id).Select(e => e.Holding).ToList();
        var rows = version.Elements.Select(element =>
        {
            var counts = version.Scale.Ratings.ToDictionary(r => r.Key, _ => 0, StringComparer.Ordinal);
            foreach (var h in holdings)
                if (h.Ratings.TryGetValue(element.Number, out var key) && version.Scale.Find(key) is { } rating) counts[rating.Key]++;
            var cells = version.Scale.Ratings.Select(r => new HeatCell(r.Key, r.Name, Standings.KindOf(r, version.Scale), counts[r.Key], Share(counts[r.Key], holdings.Count))).ToList();
            var partialOrWorse = cells.Where(c => c.Kind is RatingKind.Partial or RatingKind.NonCompliance).Sum(c => c.Count);
            return new HeatMapRow(element.Number, element.Title, cells, partialOrWorse, Share(partialOrWorse, holdings.Count));
        }).ToList();
        return new HeatMap(version.Label, version.Scale.Ratings, holdings.Count, rows);
    }

    private static VersionInfo? MainVersion(BenchmarkData data, IEnumerable<TableEntry> entries) =>
        entries.GroupBy(e => e.Holding.StandardVersionId).OrderByDescending(g => g.Count()).Select(g => data.Versions[g.Key]).FirstOrDefault();

    private static decimal Share(int count, int total) => total == 0 ? 0 : Math.Round((decimal)count / total, 4);

    public static string Percent(decimal share) => share.ToString("P0", CultureInfo.GetCultureInfo("en-GB"));
}
