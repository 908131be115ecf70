using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Assessments;

/// <summary>
/// The outcome of an assessment, and which of its action-plan elements are new. <see cref="NewActionPlanElements"/>
/// holds only elements rated in this assessment: a carried-forward partial compliance already had its action.
/// </summary>
public sealed record AssessmentResult(Outcome Outcome, IReadOnlyList<string> NewActionPlanElements, IReadOnlyList<string> CarriedForwardElements);

public static class AssessmentOutcome
{
    /// <summary>
    /// Pure: applies the version's outcome rules to every element, counting the final ratings given in this
    /// assessment and, for an annual review, the ratings carried forward for elements outside its scope. An element
    /// is either in scope or carried forward, never both.
    /// </summary>
    public static AssessmentResult Compute(RatingScale scale, IReadOnlyDictionary<string, string> inScopeFinalRatings, IReadOnlyDictionary<string, string> carriedForward)
    {
        var both = inScopeFinalRatings.Keys.Intersect(carriedForward.Keys).ToList();
        if (both.Count > 0)
            throw new ArgumentException($"Elements both in scope and carried forward: {string.Join(", ", both)}", nameof(carriedForward));
        var all = inScopeFinalRatings.Concat(carriedForward).ToDictionary(kv => kv.Key, kv => kv.Value);
        var outcome = scale.Evaluate(all);
        return new AssessmentResult(
            outcome,
            outcome.ActionPlanElements.Where(inScopeFinalRatings.ContainsKey).ToList(),
            carriedForward.Keys.Order(ElementNumberComparer.Instance).ToList());
    }
}

public enum CommentRequirement
{
    Optional,
    WhatMakesItExemplary,
    WhatIsMissing,
}

/// <summary>When a final rating needs the assessor's comment, decided from the scale's data rather than its keys.</summary>
public static class RatingComments
{
    /// <summary>
    /// Pure: a rating that is not compliant, blocks or needs an action plan must say what is missing; a compliant
    /// rating worth more points than the plainest compliant one (Compliance Plus) must say what makes it exemplary.
    /// </summary>
    public static CommentRequirement For(RatingScale scale, ScaleRating rating)
    {
        if (!rating.CountsAsCompliant || rating.Blocks || rating.NeedsActionPlan) return CommentRequirement.WhatIsMissing;
        var plain = scale.Ratings.Where(r => r.CountsAsCompliant && !r.Blocks && !r.NeedsActionPlan).Min(r => r.Points);
        return rating.Points > plain ? CommentRequirement.WhatMakesItExemplary : CommentRequirement.Optional;
    }

    public static string? MissingCommentMessage(CommentRequirement requirement) => requirement switch
    {
        CommentRequirement.WhatMakesItExemplary => "Enter what makes this element exemplary",
        CommentRequirement.WhatIsMissing => "Enter what is missing for this element",
        _ => null,
    };
}
