using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Tests.Standards;

public class RatingScaleTests
{
    private static readonly RatingScale Cse = TestScales.Cse;

    /// <summary>Ratings for n elements: the given counts of each key, numbered 1.1.1, 1.1.2, …</summary>
    private static Dictionary<string, string> Ratings(int plus = 0, int compliance = 0, int partial = 0, int non = 0) =>
        Enumerable.Repeat("CompliancePlus", plus).Concat(Enumerable.Repeat("Compliance", compliance))
            .Concat(Enumerable.Repeat("PartialCompliance", partial)).Concat(Enumerable.Repeat("NonCompliance", non))
            .Select((key, i) => (Number: $"1.{(i / 9) + 1}.{(i % 9) + 1}", key)).ToDictionary(x => x.Number, x => x.key);

    public static TheoryData<int, int, int, int, OutcomeKind> Cases => new()
    {
        // plus, compliance, partial, non → outcome
        { 57, 0, 0, 0, OutcomeKind.Certify },               // all Compliance Plus
        { 10, 47, 0, 0, OutcomeKind.Certify },              // full compliance
        { 0, 8, 2, 0, OutcomeKind.CertifyWithActionPlan },  // exactly 80%
        { 0, 46, 11, 0, OutcomeKind.CertifyWithActionPlan }, // 46/57 = 80.7%
        { 0, 45, 12, 0, OutcomeKind.NotCertified },         // 45/57 = 78.9%
        { 0, 7, 3, 0, OutcomeKind.NotCertified },           // 70%
        { 10, 46, 0, 1, OutcomeKind.NotCertified },         // one Non-Compliance blocks, whatever the share
        { 0, 0, 0, 0, OutcomeKind.NotCertified },           // nothing rated
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_Table_GivesTheRulesOutcome(int plus, int compliance, int partial, int non, OutcomeKind expected) =>
        Assert.Equal(expected, Cse.Evaluate(Ratings(plus, compliance, partial, non)).Kind);

    [Fact]
    public void Evaluate_OneNonCompliance_SaysWhichElementAndWhy()
    {
        var ratings = Ratings(compliance: 56);
        ratings["4.3.2"] = "NonCompliance";

        var outcome = Cse.Evaluate(ratings);

        Assert.Equal(["4.3.2"], outcome.BlockingElements);
        Assert.Contains("1 element rated Non-Compliance: 4.3.2.", outcome.Reasons);
    }

    [Fact]
    public void Evaluate_Partials_ListsThemForTheActionPlanInElementOrder()
    {
        var ratings = Ratings(compliance: 50);
        ratings["5.2.4"] = "PartialCompliance";
        ratings["1.2.10"] = "PartialCompliance";
        ratings["1.2.9"] = "PartialCompliance";

        var outcome = Cse.Evaluate(ratings);

        Assert.Equal(OutcomeKind.CertifyWithActionPlan, outcome.Kind);
        Assert.Equal(["1.2.9", "1.2.10", "5.2.4"], outcome.ActionPlanElements);
    }

    [Fact]
    public void Evaluate_BelowTheShare_SaysHowFarBelow()
    {
        var outcome = Cse.Evaluate(Ratings(compliance: 7, partial: 3));

        Assert.Single(outcome.Reasons);
        Assert.Contains("7 of 10 elements", outcome.Reasons[0]);
    }

    [Fact]
    public void Evaluate_RatingByDisplayName_IsAccepted() =>
        Assert.Equal(OutcomeKind.Certify, Cse.Evaluate(new Dictionary<string, string> { ["1.1.1"] = "compliance plus" }).Kind);

    [Fact]
    public void Evaluate_AnotherScale_UsesItsOwnRules()
    {
        var lenient = Cse with { MinimumCompliantShare = 0.5m };

        Assert.Equal(OutcomeKind.CertifyWithActionPlan, lenient.Evaluate(Ratings(compliance: 7, partial: 3)).Kind);
        Assert.Equal(OutcomeKind.NotCertified, Cse.Evaluate(Ratings(compliance: 7, partial: 3)).Kind);
    }

    [Theory]
    [InlineData("1.1.9", "1.1.10", -1)]
    [InlineData("2.1.1", "10.1.1", -1)]
    [InlineData("3.2", "3.2.1", -1)]
    [InlineData("4.3.5", "4.3.5", 0)]
    public void ElementNumberComparer_ComparesPartsNumerically(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(ElementNumberComparer.Instance.Compare(a, b)));
}
