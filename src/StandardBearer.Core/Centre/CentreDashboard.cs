using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Centre;

/// <summary>One certificate as the dashboard counts it, with its status as of the dashboard's day.</summary>
public sealed record CertificateFact(Guid OrganisationId, Sector Sector, Guid CertificationBodyId, CertificateStatus Status)
{
    public bool IsHeld => Status is CertificateStatus.Active or CertificateStatus.Suspended;
}

/// <summary>One bar of a count chart and row of its table: a stable key (for CSV and the API), what people read, and the count.</summary>
public sealed record CountRow(string Key, string Label, int Count);

/// <summary>How many holders have an element at each rating today, its average points, and how many published cases it has.</summary>
public sealed record ElementFigures(
    string Number, string Title, IReadOnlyList<HeatCell> Cells, int Rated, decimal AveragePoints,
    int PartialOrWorse, decimal PartialOrWorseShare, int CompliancePlus, decimal CompliancePlusShare, int PublishedCases);

/// <summary>How many element ratings of one kind a year's holders had, and their share of all the year's ratings.</summary>
public sealed record KindFigures(RatingKind Kind, string Name, int Count, decimal Share);

/// <summary>The holders at the end of a year (this year, as of today) and the spread of their element ratings.</summary>
public sealed record YearFigures(int Year, DateOnly AsOf, int Holders, int Ratings, IReadOnlyList<KindFigures> Kinds);

/// <summary>An element with published best-practice cases.</summary>
public sealed record ElementCases(string Number, string Title, int Count);

/// <summary>Everything the standard owner's dashboard shows: every figure is computed by <see cref="CentreDashboard.Build"/>.</summary>
public sealed record CentreDashboardFigures(
    DateOnly Today,
    int Holders,
    IReadOnlyList<CountRow> ByStatus,
    IReadOnlyList<CountRow> BySector,
    IReadOnlyList<CountRow> ByBody,
    string VersionLabel,
    IReadOnlyList<ScaleRating> Ratings,
    int RatedHolders,
    IReadOnlyList<ElementFigures> Elements,
    IReadOnlyList<ElementFigures> Hardest,
    IReadOnlyList<ElementFigures> MostOftenPartial,
    IReadOnlyList<ElementFigures> MostOftenCompliancePlus,
    IReadOnlyList<YearFigures> Trend,
    IReadOnlyList<ElementCases> PublishedCases);

/// <summary>
/// The standard owner's figures across every body, as pure functions. Holders (by status, sector and body) are
/// certificates, as the register counts them; ratings are the benchmark standings (<see cref="Benchmarks"/>), which
/// also hold the results bodies imported from before they used this service, scored on the standard's default points.
/// </summary>
public static class CentreDashboard
{
    /// <summary>How many elements each "top" list shows.</summary>
    public const int TopCount = 5;

    /// <summary>How many years the trend covers, this one included.</summary>
    public const int TrendYears = 5;

    /// <summary>The kinds of rating, best first, as the trend shows them.</summary>
    public static readonly IReadOnlyList<RatingKind> Kinds = [RatingKind.CompliancePlus, RatingKind.Compliance, RatingKind.Partial, RatingKind.NonCompliance];

    public static CentreDashboardFigures Build(BenchmarkData data, IReadOnlyCollection<CertificateFact> certificates,
        IReadOnlyDictionary<string, int> publishedCases, DateOnly today)
    {
        var held = certificates.Where(c => c.IsHeld).ToList();
        var byStatus = Enum.GetValues<CertificateStatus>()
            .Select(s => new CountRow(s.ToString(), s.ToString(), certificates.Count(c => c.Status == s))).ToList();
        var bySector = Enum.GetValues<Sector>()
            .Select(s => new CountRow(s.ToString(), OrganisationNames.Display(s), held.Count(c => c.Sector == s))).ToList();
        var byBody = data.Bodies
            .Select(b => new CountRow(b.Key.ToString(), b.Value, held.Count(c => c.CertificationBodyId == b.Key)))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Label, StringComparer.OrdinalIgnoreCase).ToList();

        var table = Benchmarks.Table(data, null, today, PeerGroup.All);
        var map = Benchmarks.HeatMap(data, table);
        var elements = map.Rows.Select(row => Figures(row, map, publishedCases)).ToList();
        var byNumber = elements.ToDictionary(e => e.Number, StringComparer.Ordinal);

        var hardest = elements.Where(e => e.Rated > 0).OrderBy(e => e.AveragePoints).ThenByDescending(e => e.PartialOrWorse)
            .ThenBy(e => e.Number, ElementNumberComparer.Instance).Take(TopCount).ToList();
        var partial = map.MostOftenPartial(TopCount).Select(r => byNumber[r.ElementNumber]).ToList();
        var plus = elements.Where(e => e.CompliancePlus > 0).OrderByDescending(e => e.CompliancePlus)
            .ThenBy(e => e.Number, ElementNumberComparer.Instance).Take(TopCount).ToList();

        return new CentreDashboardFigures(today, held.Count, byStatus, bySector, byBody, map.VersionLabel, map.Ratings, map.Holders,
            elements, hardest, partial, plus, Trend(data, today), Cases(data, publishedCases));
    }

    /// <summary>For each of the last <see cref="TrendYears"/> years, the national table's holders and the kinds of their ratings.</summary>
    public static IReadOnlyList<YearFigures> Trend(BenchmarkData data, DateOnly today) =>
        Enumerable.Range(today.Year - TrendYears + 1, TrendYears).Select(year =>
        {
            var asOf = Standings.AsOf(year, today)!.Value;
            var entries = Benchmarks.Table(data, null, asOf, PeerGroup.All).Entries;
            var counts = new Dictionary<RatingKind, int>
            {
                [RatingKind.CompliancePlus] = entries.Sum(e => e.Score.CompliancePlus),
                [RatingKind.Compliance] = entries.Sum(e => e.Score.Compliance),
                [RatingKind.Partial] = entries.Sum(e => e.Score.Partial),
                [RatingKind.NonCompliance] = entries.Sum(e => e.Score.NonCompliance),
            };
            var ratings = counts.Values.Sum();
            return new YearFigures(year, asOf, entries.Count, ratings,
                Kinds.Select(k => new KindFigures(k, KindName(k), counts[k], Share(counts[k], ratings))).ToList());
        }).ToList();

    public static string KindName(RatingKind kind) => kind switch
    {
        RatingKind.CompliancePlus => "Compliance Plus",
        RatingKind.Compliance => "Compliance",
        RatingKind.Partial => "Partial Compliance",
        RatingKind.NonCompliance => "Non-Compliance",
        _ => kind.ToString(),
    };

    private static ElementFigures Figures(HeatMapRow row, HeatMap map, IReadOnlyDictionary<string, int> publishedCases)
    {
        var rated = row.Cells.Sum(c => c.Count);
        var points = row.Cells.Sum(c => c.Count * map.Ratings.Single(r => r.Key == c.RatingKey).Points);
        var plus = row.Cells.Where(c => c.Kind == RatingKind.CompliancePlus).Sum(c => c.Count);
        return new ElementFigures(row.ElementNumber, row.Title, row.Cells, rated, rated == 0 ? 0 : Math.Round((decimal)points / rated, 2),
            row.PartialOrWorse, row.PartialOrWorseShare, plus, Share(plus, map.Holders), publishedCases.GetValueOrDefault(row.ElementNumber));
    }

    /// <summary>Elements with published cases, in the standard's order, named from whichever version has them.</summary>
    private static List<ElementCases> Cases(BenchmarkData data, IReadOnlyDictionary<string, int> publishedCases)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in data.Versions.Values.SelectMany(v => v.Elements)) titles.TryAdd(element.Number, element.Title);
        return publishedCases.Where(c => c.Value > 0).OrderBy(c => c.Key, ElementNumberComparer.Instance)
            .Select(c => new ElementCases(c.Key, titles.GetValueOrDefault(c.Key, ""), c.Value)).ToList();
    }

    private static decimal Share(int count, int total) => total == 0 ? 0 : Math.Round((decimal)count / total, 4);
}
