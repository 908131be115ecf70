using System.Globalization;

namespace StandardBearer.Core.Benchmarking;

/// <summary>An organisation's standing reduced to what ranking needs: points and how many elements at each rating.</summary>
public sealed record Standing(Guid OrganisationId, string Name, int Points, int CompliancePlus, int Compliance, int Partial, int NonCompliance)
{
    public bool HasPartialOrWorse => Partial + NonCompliance > 0;
}

/// <summary>A row of a league table: competition rank ("1, 2, 2, 4") and whether it is shared.</summary>
public sealed record LeagueRow(int Rank, bool Tied, Standing Standing);

/// <summary>Where one organisation stands, with the figures boards are told and the sentence built from them.</summary>
public sealed record Position(
    int Rank, bool Tied, int Total, int Ahead, int AheadWithPartial, int WithoutPartial, bool IsWithoutPartial, int Points, string Sentence);

/// <summary>
/// Ranking as pure functions. Order: more points, then more Compliance Plus, then fewer Partial, then fewer
/// Non-Compliance; organisations equal on all four share a rank and the next rank skips ("1, 2, 2, 4").
/// </summary>
public static class LeagueTable
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<LeagueRow> Rank(IEnumerable<Standing> standings)
    {
        var ordered = standings
            .OrderByDescending(s => s.Points).ThenByDescending(s => s.CompliancePlus).ThenBy(s => s.Partial).ThenBy(s => s.NonCompliance)
            .ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var rows = new List<LeagueRow>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && SameScore(ordered[i], ordered[i - 1]) ? rows[i - 1].Rank : i + 1;
            var tied = (i > 0 && SameScore(ordered[i], ordered[i - 1])) || (i + 1 < ordered.Count && SameScore(ordered[i], ordered[i + 1]));
            rows.Add(new LeagueRow(rank, tied, ordered[i]));
        }
        return rows;
    }

    /// <summary>The position of <paramref name="organisationId"/> in a ranked table, or null when it is not in it.</summary>
    public static Position? PositionOf(IReadOnlyList<LeagueRow> table, Guid organisationId)
    {
        var mine = table.FirstOrDefault(r => r.Standing.OrganisationId == organisationId);
        if (mine is null) return null;
        var ahead = table.Where(r => r.Rank < mine.Rank).ToList();
        var aheadWithPartial = ahead.Count(r => r.Standing.HasPartialOrWorse);
        var withoutPartial = table.Count(r => !r.Standing.HasPartialOrWorse);
        var isWithout = !mine.Standing.HasPartialOrWorse;
        return new Position(mine.Rank, mine.Tied, table.Count, ahead.Count, aheadWithPartial, withoutPartial, isWithout, mine.Standing.Points,
            Sentence(mine.Rank, mine.Tied, table.Count, ahead.Count, aheadWithPartial, withoutPartial, isWithout));
    }

    /// <summary>
    /// "35th of 120 organisations; 8 of the 34 ahead have one or more partial compliances; one of only 79
    /// organisations with no partial compliances."
    /// </summary>
    public static string Sentence(int rank, bool tied, int total, int ahead, int aheadWithPartial, int withoutPartial, bool isWithoutPartial)
    {
        var parts = new List<string> { $"{(tied ? "Joint " : "")}{Ordinal(rank)} of {Count(total, "organisation")}" };
        if (ahead > 0)
            parts.Add(aheadWithPartial == 0
                ? $"none of the {Count(ahead, "organisation")} ahead {(ahead == 1 ? "has" : "have")} a partial compliance"
                : $"{aheadWithPartial.ToString(English)} of the {ahead.ToString(English)} ahead {(aheadWithPartial == 1 ? "has" : "have")} one or more partial compliances");
        parts.Add(isWithoutPartial
            ? withoutPartial == 1 ? "the only organisation with no partial compliances" : $"one of only {Count(withoutPartial, "organisation")} with no partial compliances"
            : $"{Count(withoutPartial, "organisation")} {(withoutPartial == 1 ? "has" : "have")} no partial compliances");
        var sentence = string.Join("; ", parts) + ".";
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private static bool SameScore(Standing a, Standing b) =>
        a.Points == b.Points && a.CompliancePlus == b.CompliancePlus && a.Partial == b.Partial && a.NonCompliance == b.NonCompliance;

    private static string Count(int n, string noun) => $"{n.ToString("N0", English)} {noun}{(n == 1 ? "" : "s")}";

    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return $"{n.ToString(English)}{suffix}";
    }
}
