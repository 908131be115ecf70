using StandardBearer.Core.Certification;

namespace StandardBearer.Core.Tests.Certification;

public class ReviewPlannerTests
{
    /// <summary>The shape of CSE: 5 criteria, 15 sub-criteria, 57 elements.</summary>
    private static readonly IReadOnlyList<string> Cse =
    [
        .. Numbers(1, [3, 4, 4]), .. Numbers(2, [6, 5]), .. Numbers(3, [3, 4, 4, 3]),
        .. Numbers(4, [3, 4, 5]), .. Numbers(5, [2, 4, 3]),
    ];

    private static IEnumerable<string> Numbers(int criterion, int[] elementsPerSubCriterion) =>
        elementsPerSubCriterion.SelectMany((count, s) => Enumerable.Range(1, count).Select(e => $"{criterion}.{s + 1}.{e}"));

    [Fact]
    public void Plan_Cse_EachVisitTakesAThird_AndEveryElementIsFormallyReviewedOnceInTheCycle()
    {
        var plan = ReviewPlanner.Plan(Cse, []);

        Assert.Equal(57, Cse.Count);
        Assert.Equal([19, 19, 19], plan.GroupBy(p => p.Visit).OrderBy(g => g.Key).Select(g => g.Count()));
        Assert.True(ReviewPlanner.CoversEveryElement(plan, Cse));
        Assert.Equal(Cse.Order(), plan.Select(p => p.ElementNumber).Order());
    }

    [Fact]
    public void Plan_Cse_EveryVisitTouchesEveryCriterion()
    {
        var plan = ReviewPlanner.Plan(Cse, []);

        foreach (var visit in new[] { 1, 2, 3 })
            Assert.Equal(["1", "2", "3", "4", "5"], plan.Where(p => p.Visit == visit).Select(p => p.ElementNumber.Split('.')[0]).Distinct().Order());
    }

    [Fact]
    public void Plan_PartialsAtTheLastVisit_AreAlwaysInTheFirstReview_WithTheirReason()
    {
        var plan = ReviewPlanner.Plan(Cse, ["2.2.1", "4.3.2", "1.1.1"]);

        var first = plan.Where(p => p.Visit == 1).ToList();
        foreach (var n in (string[])["2.2.1", "4.3.2", "1.1.1"])
            Assert.Contains(first, p => p.ElementNumber == n);
        Assert.Equal(ReviewPlanReason.Rotation, first.Single(p => p.ElementNumber == "1.1.1").Reason); // already its turn: not listed twice
        Assert.Equal(ReviewPlanReason.PartialAtLastVisit, first.Single(p => p.ElementNumber == "2.2.1").Reason);
        Assert.Equal(21, first.Count);
        Assert.True(ReviewPlanner.CoversEveryElement(plan, Cse));
    }

    [Fact]
    public void Plan_SameInput_GivesTheSamePlan()
    {
        var once = ReviewPlanner.Plan(Cse, ["3.1.2"]);
        var again = ReviewPlanner.Plan(Cse.ToList(), ["3.1.2"]);

        Assert.Equal(once, again);
    }

    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(1, new[] { 1, 0, 0 })]
    [InlineData(2, new[] { 1, 1, 0 })]
    [InlineData(4, new[] { 2, 1, 1 })]
    [InlineData(10, new[] { 4, 3, 3 })]
    public void Plan_AnyNumberOfElements_IsSpreadAsEvenlyAsPossible(int count, int[] perVisit)
    {
        var elements = Enumerable.Range(1, count).Select(i => $"1.1.{i}").ToList();

        var plan = ReviewPlanner.Plan(elements, []);

        Assert.Equal(perVisit.Where(n => n > 0), plan.GroupBy(p => p.Visit).OrderBy(g => g.Key).Select(g => g.Count()));
    }

    [Fact]
    public void WithPartials_AfterAnAnnualReview_AddsThemToTheNextVisitOnce()
    {
        var plan = ReviewPlanner.Plan(Cse, []);

        var next = ReviewPlanner.WithPartials(plan, 2, ["1.1.1", "1.1.1"]);

        Assert.Single(next, p => p.Visit == 2 && p.ElementNumber == "1.1.1" && p.Reason == ReviewPlanReason.PartialAtLastVisit);
        Assert.Equal(plan.Count + 1, next.Count);
    }

    [Fact]
    public void Adjust_AVisitForEveryElement_ReplacesTheRotationAndKeepsThePartials()
    {
        var current = ReviewPlanner.Plan(Cse, ["5.3.3"]);
        var choice = Cse.ToDictionary(n => n, n => n.StartsWith("1.", StringComparison.Ordinal) ? 1 : 3);

        var (plan, errors) = ReviewPlanner.Adjust(Cse, current, choice);

        Assert.Empty(errors);
        Assert.Equal(Cse.Count(n => n.StartsWith("1.", StringComparison.Ordinal)) + 1, plan.Count(p => p.Visit == 1));
        Assert.Contains(plan, p => p.Visit == 1 && p.ElementNumber == "5.3.3" && p.Reason == ReviewPlanReason.PartialAtLastVisit);
        Assert.DoesNotContain(plan, p => p.Visit == 2);
        Assert.True(ReviewPlanner.CoversEveryElement(plan, Cse));
    }

    [Fact]
    public void Adjust_MissingOutOfRangeOrUnknownElements_IsRefusedWithEveryProblem_AndTheCurrentPlanStands()
    {
        var current = ReviewPlanner.Plan(Cse, []);
        var choice = Cse.Where(n => n != "2.1.1").ToDictionary(n => n, _ => 1);
        choice["3.1.1"] = 4;
        choice["9.9.9"] = 2;

        var (plan, errors) = ReviewPlanner.Adjust(Cse, current, choice);

        Assert.Same(current, plan);
        Assert.Equal(
        [
            "Select a visit for 2.1.1",
            "Select the first annual review, the second annual review or the reassessment for 3.1.1",
            "9.9.9 is not an element of this standard version",
        ], errors);
    }
}
