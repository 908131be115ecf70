namespace StandardBearer.Core.Certification;

public sealed record PlannedElement(int Visit, string ElementNumber, ReviewPlanReason Reason);

/// <summary>
/// The rolling review plan for a three-year cycle, as pure functions. Visits 1 and 2 are the annual reviews; visit 3
/// is the reassessment, which rates every element but is where the last third is formally reviewed. Each element
/// has exactly one rotation visit, so across the cycle every element is formally reviewed; the elements rated
/// Partial Compliance at the last visit are added to the next one as well.
/// </summary>
public static class ReviewPlanner
{
    public const int Visits = 3;

    /// <summary>
    /// Deals the elements, in the standard's order, round the three visits like cards, so each visit takes about a
    /// third of every criterion rather than whole criteria. The same input always gives the same plan.
    /// </summary>
    public static IReadOnlyList<PlannedElement> Plan(IReadOnlyList<string> elementsInOrder, IEnumerable<string> partialAtLastVisit)
    {
        var plan = elementsInOrder.Distinct(StringComparer.Ordinal)
            .Select((number, i) => new PlannedElement(i % Visits + 1, number, ReviewPlanReason.Rotation))
            .ToList();
        return WithPartials(plan, 1, partialAtLastVisit);
    }

    /// <summary>Adds the elements found partially compliant to <paramref name="visit"/>, unless that visit already covers them.</summary>
    public static IReadOnlyList<PlannedElement> WithPartials(IReadOnlyList<PlannedElement> plan, int visit, IEnumerable<string> partials)
    {
        var result = plan.ToList();
        foreach (var number in partials.Distinct(StringComparer.Ordinal))
            if (!result.Any(p => p.Visit == visit && p.ElementNumber == number))
                result.Add(new PlannedElement(visit, number, ReviewPlanReason.PartialAtLastVisit));
        return result;
    }

    /// <summary>
    /// A body's own choice of rotation visit for each element, keeping the partials the plan already holds.
    /// Returns the problems instead when an element of the standard has no visit or a visit is out of range.
    /// </summary>
    public static (IReadOnlyList<PlannedElement> Plan, IReadOnlyList<string> Errors) Adjust(
        IReadOnlyList<string> elementsInOrder, IReadOnlyList<PlannedElement> current, IReadOnlyDictionary<string, int> rotationVisit)
    {
        var errors = new List<string>();
        var missing = elementsInOrder.Where(n => !rotationVisit.ContainsKey(n)).ToList();
        if (missing.Count > 0) errors.Add($"Select a visit for {string.Join(", ", missing)}");
        var outOfRange = rotationVisit.Where(kv => kv.Value is < 1 or > Visits).Select(kv => kv.Key).ToList();
        if (outOfRange.Count > 0) errors.Add($"Select the first annual review, the second annual review or the reassessment for {string.Join(", ", outOfRange)}");
        var unknown = rotationVisit.Keys.Except(elementsInOrder, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0) errors.Add($"{string.Join(", ", unknown)} {(unknown.Count == 1 ? "is not an element" : "are not elements")} of this standard version");
        if (errors.Count > 0) return (current, errors);

        var plan = elementsInOrder.Select(n => new PlannedElement(rotationVisit[n], n, ReviewPlanReason.Rotation)).ToList();
        foreach (var partials in current.Where(p => p.Reason == ReviewPlanReason.PartialAtLastVisit).GroupBy(p => p.Visit))
            plan = WithPartials(plan, partials.Key, partials.Select(p => p.ElementNumber)).ToList();
        return (plan, []);
    }

    /// <summary>Every element with at least one visit: what "every element is formally reviewed in the cycle" means.</summary>
    public static bool CoversEveryElement(IReadOnlyList<PlannedElement> plan, IEnumerable<string> elements) =>
        elements.All(n => plan.Any(p => p.ElementNumber == n && p.Visit is >= 1 and <= Visits));
}
