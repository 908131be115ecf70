using StandardBearer.Core.Assessments;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Tests.Standards;

namespace StandardBearer.Core.Tests.Assessments;

public class AssessmentOutcomeTests
{
    /// <summary>Ratings numbered from <paramref name="first"/> on: the given counts of each CSE rating, in that order.</summary>
    private static Dictionary<string, string> Ratings(int first, int plus = 0, int compliance = 0, int partial = 0, int non = 0) =>
        Enumerable.Repeat("CompliancePlus", plus).Concat(Enumerable.Repeat("Compliance", compliance))
            .Concat(Enumerable.Repeat("PartialCompliance", partial)).Concat(Enumerable.Repeat("NonCompliance", non))
            .Select((key, i) => (Number: Number(first + i), key)).ToDictionary(x => x.Number, x => x.key);

    private static string Number(int i) => $"{(i / 100) + 1}.{(i / 10 % 10) + 1}.{(i % 10) + 1}";

    public static TheoryData<string, int[], int[], OutcomeKind> Cases => new()
    {
        // why; in scope: plus, compliance, partial, non; carried forward: the same → outcome
        { "exactly 80% compliant passes", [0, 8, 2, 0], [0, 0, 0, 0], OutcomeKind.CertifyWithActionPlan },
        { "exactly 80% of 80 passes", [0, 64, 16, 0], [0, 0, 0, 0], OutcomeKind.CertifyWithActionPlan },
        { "just under 80% (63 of 80) fails", [0, 63, 17, 0], [0, 0, 0, 0], OutcomeKind.NotCertified },
        { "46 of 57 (80.7%) passes", [0, 46, 11, 0], [0, 0, 0, 0], OutcomeKind.CertifyWithActionPlan },
        { "45 of 57 (78.9%) fails", [0, 45, 12, 0], [0, 0, 0, 0], OutcomeKind.NotCertified },
        { "one Non-Compliance fails whatever the share", [10, 46, 0, 1], [0, 0, 0, 0], OutcomeKind.NotCertified },
        { "all Compliance Plus certifies", [57, 0, 0, 0], [0, 0, 0, 0], OutcomeKind.Certify },
        { "all compliant certifies with no action plan", [5, 52, 0, 0], [0, 0, 0, 0], OutcomeKind.Certify },
        { "annual review: carried-forward partials pull the share under 80%", [0, 10, 0, 0], [0, 35, 12, 0], OutcomeKind.NotCertified },
        { "annual review: carried-forward compliance lifts the share over 80%", [0, 2, 3, 0], [0, 52, 0, 0], OutcomeKind.CertifyWithActionPlan },
        { "annual review: all in scope Compliance Plus, all carried forward compliant", [12, 0, 0, 0], [3, 42, 0, 0], OutcomeKind.Certify },
        { "annual review: a Non-Compliance in scope fails", [0, 11, 0, 1], [0, 45, 0, 0], OutcomeKind.NotCertified },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_Table_GivesTheRulesOutcomeOverInScopeAndCarriedForward(string why, int[] inScope, int[] carried, OutcomeKind expected)
    {
        var rated = Ratings(0, inScope[0], inScope[1], inScope[2], inScope[3]);
        var forward = Ratings(rated.Count, carried[0], carried[1], carried[2], carried[3]);

        var result = AssessmentOutcome.Compute(TestScales.Cse, rated, forward);

        Assert.True(expected == result.Outcome.Kind, $"{why}: expected {expected}, got {result.Outcome.Kind} ({string.Join(" ", result.Outcome.Reasons)})");
        Assert.Equal(rated.Count + forward.Count, result.Outcome.Assessed);
    }

    [Fact]
    public void Compute_AnnualReview_OnlyPartialsRatedInScopeAreNewActions()
    {
        var inScope = new Dictionary<string, string> { ["1.1.1"] = "Compliance", ["1.1.3"] = "PartialCompliance" };
        var carried = Ratings(20, compliance: 53);
        carried["2.2.3"] = "PartialCompliance";

        var result = AssessmentOutcome.Compute(TestScales.Cse, inScope, carried);

        Assert.Equal(OutcomeKind.CertifyWithActionPlan, result.Outcome.Kind);
        Assert.Equal(["1.1.3", "2.2.3"], result.Outcome.ActionPlanElements);
        Assert.Equal(["1.1.3"], result.NewActionPlanElements);
        Assert.Equal(54, result.CarriedForwardElements.Count);
    }

    [Fact]
    public void Compute_ShareFailure_SaysWhichRuleFailed()
    {
        var result = AssessmentOutcome.Compute(TestScales.Cse, Ratings(0, compliance: 7, partial: 3), new Dictionary<string, string>());

        Assert.Equal(["7 of 10 elements (70%) are compliant; at least 80% must be."], result.Outcome.Reasons);
    }

    [Fact]
    public void Compute_ElementBothInScopeAndCarriedForward_IsAProgrammingError() =>
        Assert.Throws<ArgumentException>(() => AssessmentOutcome.Compute(TestScales.Cse,
            new Dictionary<string, string> { ["1.1.1"] = "Compliance" }, new Dictionary<string, string> { ["1.1.1"] = "Compliance" }));
}

public class RatingCommentsTests
{
    [Theory]
    [InlineData("CompliancePlus", CommentRequirement.WhatMakesItExemplary)]
    [InlineData("Compliance", CommentRequirement.Optional)]
    [InlineData("PartialCompliance", CommentRequirement.WhatIsMissing)]
    [InlineData("NonCompliance", CommentRequirement.WhatIsMissing)]
    public void For_CseScale_AsksForTheRightComment(string key, CommentRequirement expected) =>
        Assert.Equal(expected, RatingComments.For(TestScales.Cse, TestScales.Cse.Find(key)!));

    [Fact]
    public void For_ScaleWithOtherKeys_DecidesFromTheFlagsAndPoints()
    {
        var scale = new RatingScale(
        [
            new ScaleRating("excellent", "Excellent", 5, true, false, false),
            new ScaleRating("good", "Good", 4, true, false, false),
            new ScaleRating("met", "Met", 3, true, false, false),
            new ScaleRating("gap", "Gap", 1, true, false, true),
        ], 0.8m);

        Assert.Equal(CommentRequirement.WhatMakesItExemplary, RatingComments.For(scale, scale.Find("good")!));
        Assert.Equal(CommentRequirement.Optional, RatingComments.For(scale, scale.Find("met")!));
        Assert.Equal(CommentRequirement.WhatIsMissing, RatingComments.For(scale, scale.Find("gap")!));
    }
}
