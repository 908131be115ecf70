namespace StandardBearer.Core.Benchmarking;

public sealed record DistributionBin(int From, int To, int Count, bool Yours);

/// <summary>How a table's points are spread, with no names: counts per band of points, and the median.</summary>
public sealed record Distribution(IReadOnlyList<DistributionBin> Bins, int Median, int Total, int WithoutPartial);

/// <summary>What a table shows the public: only holders that consented, ranked among themselves, or nothing when too few.</summary>
public sealed record PublicTable(BenchmarkTable Table, bool Suppressed);

/// <summary>
/// What an organisation sees of its body's table: its own position and an anonymised distribution. In a group
/// smaller than <see cref="BenchmarkViews.MinimumGroup"/> it sees neither, as others could be picked out.
/// </summary>
public sealed record OrganisationView(BenchmarkTable Table, TableEntry? Mine, Position? Position, Distribution? Distribution, bool Suppressed)
{
    public bool InTable => Mine is not null;
}

/// <summary>
/// Who sees what, as pure functions over a ranked table. A body sees its own table with names and the standard owner
/// the national one (the web host checks who may ask for which); organisations and the public see these views.
/// </summary>
public static class BenchmarkViews
{
    /// <summary>Anonymised views hide any group with fewer organisations than this.</summary>
    public const int MinimumGroup = 5;

    public static PublicTable ForPublic(BenchmarkTable table)
    {
        var published = table.Entries.Where(e => e.Organisation.Published).ToList();
        if (published.Count < MinimumGroup) return new PublicTable(table with { Entries = [] }, Suppressed: true);
        var byId = published.ToDictionary(e => e.Organisation.Id);
        var reranked = LeagueTable.Rank(published.Select(e => e.Row.Standing)).Select(row => byId[row.Standing.OrganisationId] with { Row = row }).ToList();
        return new PublicTable(table with { Entries = reranked }, Suppressed: false);
    }

    public static OrganisationView ForOrganisation(BenchmarkTable table, Guid organisationId)
    {
        var mine = table.Entries.FirstOrDefault(e => e.Organisation.Id == organisationId);
        var anonymous = table with { Entries = [] };
        if (mine is null) return new OrganisationView(anonymous, null, null, null, Suppressed: false);
        if (table.Entries.Count < MinimumGroup) return new OrganisationView(anonymous, mine, null, null, Suppressed: true);
        var position = LeagueTable.PositionOf(table.Rows, organisationId);
        return new OrganisationView(anonymous, mine, position, DistributionOf(table, mine.Row.Standing.Points), Suppressed: false);
    }

    /// <summary>Points in up to eight equal bands from the lowest to the highest, marking the one <paramref name="yours"/> falls in.</summary>
    public static Distribution DistributionOf(BenchmarkTable table, int? yours)
    {
        var points = table.Entries.Select(e => e.Row.Standing.Points).Order().ToList();
        var withoutPartial = table.Entries.Count(e => !e.Row.Standing.HasPartialOrWorse);
        if (points.Count == 0) return new Distribution([], 0, 0, 0);
        int min = points[0], max = points[^1];
        var width = Math.Max(1, (int)Math.Ceiling((max - min + 1) / 8.0));
        var bins = new List<DistributionBin>();
        for (var from = min; from <= max; from += width)
        {
            var to = from + width - 1;
            bins.Add(new DistributionBin(from, to, points.Count(p => p >= from && p <= to), yours >= from && yours <= to));
        }
        var median = points.Count % 2 == 1 ? points[points.Count / 2] : (points[points.Count / 2 - 1] + points[points.Count / 2]) / 2;
        return new Distribution(bins, median, points.Count, withoutPartial);
    }
}
