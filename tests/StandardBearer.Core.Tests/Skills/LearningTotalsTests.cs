using StandardBearer.Core.Skills;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Tests.Skills;

public class LearningTotalsTests
{
    private static readonly StandardPart[] Elements = [new("1.1.1", "Insight"), new("1.2.1", "Engagement"), new("2.2.1", "Training"), new("10.1.1", "Later")];
    private static readonly StandardPart[] Criteria = [new("1", "Customer insight"), new("2", "Culture"), new("10", "Tenth")];

    private static LearningEntry Entry(decimal hours, params string[] elements) => new(Guid.NewGuid(), hours, elements);

    [Fact]
    public void Compute_CountsAnActivityOncePerElementAndOncePerCriterion_WithAllItsHours()
    {
        var report = LearningTotals.Compute(
        [
            Entry(3m, "1.1.1", "1.2.1"),   // two elements of criterion 1: once for the criterion
            Entry(1.5m, "1.2.1", "2.2.1"),
            Entry(2m),                     // not linked
            Entry(4m, "9.9.9"),            // not an element of this version: left out, counted as unlinked
        ], Elements, Criteria);

        Assert.Equal(4, report.Activities);
        Assert.Equal(10.5m, report.Hours);
        Assert.Equal(2, report.Unlinked);
        Assert.Equal(
            [new LearningTotal("1.1.1", "Insight", 1, 3m), new LearningTotal("1.2.1", "Engagement", 2, 4.5m), new LearningTotal("2.2.1", "Training", 1, 1.5m)],
            report.Elements);
        Assert.Equal(
            [new LearningTotal("1", "Customer insight", 2, 4.5m), new LearningTotal("2", "Culture", 1, 1.5m), new LearningTotal("10", "Tenth", 0, 0m)],
            report.Criteria);
    }

    [Fact]
    public void Compute_EmptyLog_HasEveryCriterionAtZeroAndNoElements()
    {
        var report = LearningTotals.Compute([], Elements, Criteria);

        Assert.Empty(report.Elements);
        Assert.All(report.Criteria, c => Assert.Equal(0, c.Activities));
        Assert.Equal(0m, report.Hours);
    }

    [Theory]
    [InlineData("1.2.10", "1.2.9", 1)]
    [InlineData("2.1.1", "10.1.1", -1)]
    [InlineData("1.1.1", "1.1.1", 0)]
    public void ElementNumbers_SortInTheStandardsOrder(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(ElementNumberComparer.Instance.Compare(a, b)));
}
