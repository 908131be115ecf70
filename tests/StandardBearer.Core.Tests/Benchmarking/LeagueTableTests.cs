using StandardBearer.Core.Benchmarking;

namespace StandardBearer.Core.Tests.Benchmarking;

public class LeagueTableTests
{
    private static Standing S(string name, int points, int plus = 0, int partial = 0, int non = 0) =>
        new(Guid.NewGuid(), name, points, plus, 57 - plus - partial - non, partial, non);

    [Fact]
    public void Rank_TiesShareARank_AndTheNextSkips()
    {
        var table = LeagueTable.Rank([S("A", 120), S("B", 118), S("C", 118), S("D", 110)]);

        Assert.Equal([1, 2, 2, 4], table.Select(r => r.Rank));
        Assert.Equal([false, true, true, false], table.Select(r => r.Tied));
    }

    [Fact]
    public void Rank_EqualPoints_BrokenByMoreCompliancePlusThenFewerPartialThenFewerNonCompliance()
    {
        var table = LeagueTable.Rank(
        [
            S("Fewer plus", 114, plus: 1),
            S("More partial", 114, plus: 2, partial: 2),
            S("Best", 114, plus: 2, partial: 1),
            S("Non-compliance", 114, plus: 2, partial: 1, non: 1),
        ]);

        Assert.Equal(["Best", "Non-compliance", "More partial", "Fewer plus"], table.Select(r => r.Standing.Name));
        Assert.Equal([1, 2, 3, 4], table.Select(r => r.Rank));
    }

    [Fact]
    public void PositionOf_HandBuiltTable_GivesTheBoardsFigures()
    {
        var standings = new List<Standing>();
        // 34 ahead, 8 of them with a partial; then us, with none; then 20 more, 5 with none.
        for (var i = 0; i < 34; i++) standings.Add(S($"Ahead {i:00}", 200 - i, partial: i < 8 ? 1 : 0));
        var us = S("Us", 150);
        standings.Add(us);
        for (var i = 0; i < 20; i++) standings.Add(S($"Behind {i:00}", 100 - i, partial: i < 15 ? 1 : 0));

        var position = LeagueTable.PositionOf(LeagueTable.Rank(standings), us.OrganisationId)!;

        Assert.Equal((35, false, 55, 34, 8, 26 + 1 + 5, true, 150),
            (position.Rank, position.Tied, position.Total, position.Ahead, position.AheadWithPartial, position.WithoutPartial, position.IsWithoutPartial, position.Points));
        Assert.Equal("35th of 55 organisations; 8 of the 34 ahead have one or more partial compliances; one of only 32 organisations with no partial compliances.", position.Sentence);
    }

    [Fact]
    public void PositionOf_FirstAndTiedWithAPartial_SaysJointAndHowManyHaveNone()
    {
        var a = S("A", 120, partial: 1);
        var b = S("B", 120, partial: 1);
        var table = LeagueTable.Rank([a, b, S("C", 100)]);

        var position = LeagueTable.PositionOf(table, b.OrganisationId)!;

        Assert.Equal("Joint 1st of 3 organisations; 1 organisation has no partial compliances.", position.Sentence);
        Assert.Null(LeagueTable.PositionOf(table, Guid.NewGuid()));
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(102, "102nd")]
    [InlineData(111, "111th")]
    public void Ordinal_English(int n, string text) => Assert.Equal(text, LeagueTable.Ordinal(n));
}
