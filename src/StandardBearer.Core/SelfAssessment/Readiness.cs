using StandardBearer.Core.Standards;

namespace StandardBearer.Core.SelfAssessment;

public sealed record ElementStanding(string Number, string CriterionNumber, string? RatingKey, int EvidenceCount);

public sealed record RatingCount(string Key, string Name, int Count);

public sealed record ReadinessGroup(string Number, string Title, int Elements, int Rated, IReadOnlyList<RatingCount> ByRating, int NotRated,
    int CompliantOrBetter, decimal CompliantShare, int WithoutEvidence);

/// <summary>How ready an organisation is, from its self-ratings, under the version's own rules.</summary>
public sealed record ReadinessReport(IReadOnlyList<ReadinessGroup> Criteria, ReadinessGroup Overall, Outcome Outcome, string Statement);

public static class Readiness
{
    /// <summary>
    /// Pure: counts per criterion and overall, and the outcome the version's rules would give on the self-ratings
    /// so far, in a plain sentence. Unrated elements are not assessed, and the sentence says how many there are.
    /// </summary>
    public static ReadinessReport Compute(RatingScale scale, IReadOnlyList<(string Number, string Title)> criteria, IReadOnlyList<ElementStanding> elements)
    {
        var groups = criteria.Select(c => Group(scale, c.Number, c.Title, elements.Where(e => e.CriterionNumber == c.Number).ToList())).ToList();
        var overall = Group(scale, "all", "All criteria", elements);
        var outcome = scale.Evaluate(elements.Where(e => e.RatingKey is not null).ToDictionary(e => e.Number, e => e.RatingKey!));
        return new ReadinessReport(groups, overall, outcome, Sentence(scale, outcome, overall));
    }

    private static ReadinessGroup Group(RatingScale scale, string number, string title, IReadOnlyList<ElementStanding> elements)
    {
        var byRating = scale.Ratings.Select(r => new RatingCount(r.Key, r.Name, elements.Count(e => e.RatingKey == r.Key))).ToList();
        var rated = elements.Count(e => e.RatingKey is not null);
        var compliant = elements.Count(e => e.RatingKey is not null && scale.Find(e.RatingKey)?.CountsAsCompliant == true);
        return new ReadinessGroup(number, title, elements.Count, rated, byRating, elements.Count - rated, compliant,
            elements.Count == 0 ? 0 : Math.Round((decimal)compliant / elements.Count, 4), elements.Count(e => e.EvidenceCount == 0));
    }

    public static string Sentence(RatingScale scale, Outcome outcome, ReadinessGroup overall)
    {
        var notRated = overall.NotRated == 0 ? "" : $" {overall.NotRated} of {overall.Elements} elements are not yet rated.";
        var actionPlanName = (scale.Ratings.FirstOrDefault(r => r.NeedsActionPlan)?.Name ?? "rating").ToLowerInvariant();
        return outcome.Kind switch
        {
            OutcomeKind.Certify => $"On these self-ratings you would be certified.{notRated}",
            OutcomeKind.CertifyWithActionPlan =>
                $"On these self-ratings you would be certified with {outcome.ActionPlanElements.Count} {actionPlanName}{(outcome.ActionPlanElements.Count == 1 ? "" : "s")} to address ({string.Join(", ", outcome.ActionPlanElements)}).{notRated}",
            _ => $"On these self-ratings you would not be certified because {string.Join(" ", outcome.Reasons.Select(LowerFirst))}{notRated}",
        };
    }

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
