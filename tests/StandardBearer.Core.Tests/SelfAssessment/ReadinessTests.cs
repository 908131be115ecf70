using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Tests.Standards;

namespace StandardBearer.Core.Tests.SelfAssessment;

public class ReadinessTests
{
    private static readonly RatingScale Cse = TestScales.Cse;

    private static readonly IReadOnlyList<(string, string)> Criteria = [("1", "Customer Insight"), ("2", "Culture")];

    /// <summary>Ten elements, five per criterion, with these ratings in order (null = not rated); evidence on odd ones.</summary>
    private static List<ElementStanding> Fixture(params string?[] ratings) =>
        ratings.Select((r, i) => new ElementStanding($"{(i < 5 ? 1 : 2)}.1.{(i % 5) + 1}", i < 5 ? "1" : "2", r, i % 2)).ToList();

    [Fact]
    public void Compute_KnownFixture_CountsPerCriterionAndOverall()
    {
        var report = Readiness.Compute(Cse, Criteria, Fixture("CompliancePlus", "Compliance", "Compliance", "PartialCompliance", null,
            "Compliance", "Compliance", "Compliance", "Compliance", "CompliancePlus"));

        var first = report.Criteria[0];
        Assert.Equal([1, 2, 1, 0], first.ByRating.Select(r => r.Count));
        Assert.Equal(1, first.NotRated);
        Assert.Equal(3, first.CompliantOrBetter);
        Assert.Equal(0.6m, first.CompliantShare);
        Assert.Equal(3, first.WithoutEvidence);
        Assert.Equal(8, report.Overall.CompliantOrBetter);
        Assert.Equal(10, report.Overall.Elements);
        Assert.Equal(5, report.Overall.WithoutEvidence);
    }

    [Fact]
    public void Statement_AllCompliant_WouldBeCertified()
    {
        var report = Readiness.Compute(Cse, Criteria, Fixture(Enumerable.Repeat<string?>("Compliance", 10).ToArray()));

        Assert.Equal("On these self-ratings you would be certified.", report.Statement);
    }

    [Fact]
    public void Statement_Partials_WouldBeCertifiedWithThemToAddress()
    {
        var report = Readiness.Compute(Cse, Criteria, Fixture("Compliance", "Compliance", "Compliance", "Compliance", "PartialCompliance",
            "Compliance", "Compliance", "Compliance", "Compliance", "PartialCompliance"));

        Assert.Equal("On these self-ratings you would be certified with 2 partial compliances to address (1.1.5, 2.1.5).", report.Statement);
    }

    [Fact]
    public void Statement_NonCompliance_WouldNotBeCertifiedAndSaysWhy()
    {
        var report = Readiness.Compute(Cse, Criteria, Fixture("Compliance", "Compliance", "Compliance", "Compliance", "NonCompliance",
            "Compliance", "Compliance", "Compliance", "Compliance", "Compliance"));

        Assert.Equal("On these self-ratings you would not be certified because 1 element rated Non-Compliance: 1.1.5.", report.Statement);
    }

    [Fact]
    public void Statement_BelowTheShare_WouldNotBeCertifiedAndGivesTheFigures()
    {
        var report = Readiness.Compute(Cse, Criteria, Fixture("Compliance", "PartialCompliance", "PartialCompliance", "PartialCompliance", "Compliance",
            "Compliance", "Compliance", "Compliance", "Compliance", "Compliance"));

        Assert.StartsWith("On these self-ratings you would not be certified because 7 of 10 elements (70%) are compliant", report.Statement);
    }

    [Fact]
    public void Statement_SomeNotRated_SaysHowMany()
    {
        var report = Readiness.Compute(Cse, Criteria, Fixture("Compliance", null, null, "Compliance", "Compliance", "Compliance", "Compliance", "Compliance", "Compliance", "Compliance"));

        Assert.Equal("On these self-ratings you would be certified. 2 of 10 elements are not yet rated.", report.Statement);
    }
}
