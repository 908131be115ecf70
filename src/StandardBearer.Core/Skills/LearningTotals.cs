using StandardBearer.Core.Standards;
namespace StandardBearer.Core.Skills;

/// <summary>What the totals need from an activity.</summary>
public sealed record LearningEntry(Guid Id, decimal Hours, IReadOnlyList<string> ElementNumbers);

/// <summary>An element or criterion of the standard, in its order.</summary>
public sealed record StandardPart(string Number, string Title);

/// <summary>How many activities touched a part of the standard, and their hours.</summary>
public sealed record LearningTotal(string Number, string Title, int Activities, decimal Hours);

public sealed record LearningTotalsReport(IReadOnlyList<LearningTotal> Elements, IReadOnlyList<LearningTotal> Criteria, int Activities, decimal Hours, int Unlinked);

/// <summary>
/// Totals of the learning log per element and per criterion. An activity counts once for each element it is linked
/// to, and once for a criterion however many of that criterion's elements it is linked to, with all its hours each
/// time (an afternoon on two elements was an afternoon on each). Elements not in the given version are left out.
/// </summary>
public static class LearningTotals
{
    public static LearningTotalsReport Compute(IReadOnlyList<LearningEntry> entries, IReadOnlyList<StandardPart> elements, IReadOnlyList<StandardPart> criteria)
    {
        var known = elements.Select(e => e.Number).ToHashSet(StringComparer.Ordinal);
        var perElement = elements
            .Select(e => (Part: e, Linked: entries.Where(a => a.ElementNumbers.Contains(e.Number, StringComparer.Ordinal)).ToList()))
            .Where(x => x.Linked.Count > 0)
            .Select(x => new LearningTotal(x.Part.Number, x.Part.Title, x.Linked.Count, x.Linked.Sum(a => a.Hours)))
            .ToList();
        var perCriterion = criteria
            .Select(c => (Part: c, Linked: entries.Where(a => a.ElementNumbers.Any(n => known.Contains(n) && ElementNumberComparer.CriterionOf(n) == c.Number)).ToList()))
            .Select(x => new LearningTotal(x.Part.Number, x.Part.Title, x.Linked.Count, x.Linked.Sum(a => a.Hours)))
            .ToList();
        return new LearningTotalsReport(perElement, perCriterion, entries.Count, entries.Sum(a => a.Hours),
            entries.Count(a => !a.ElementNumbers.Any(known.Contains)));
    }
}
