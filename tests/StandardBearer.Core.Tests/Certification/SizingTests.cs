using StandardBearer.Core.Certification;

namespace StandardBearer.Core.Tests.Certification;

public class SizingTests
{
    public static TheoryData<int, decimal, decimal> DefaultCases => new()
    {
        // staff → desk days, days on site
        { 0, 1m, 1m },
        { 1, 1m, 1m },
        { 250, 1m, 1m },
        { 251, 1.5m, 2m },
        { 1000, 1.5m, 2m },
        { 1001, 2m, 3m },
        { int.MaxValue, 2m, 3m },
    };

    [Theory]
    [MemberData(nameof(DefaultCases))]
    public void Suggest_NoTableOfItsOwn_UsesTheCseDefaultAtTheBoundaries(int staff, decimal desk, decimal onSite) =>
        Assert.Equal(new SuggestedDays(desk, onSite), Sizing.Suggest([], staff));

    [Fact]
    public void Suggest_BodysOwnTable_UsesItInsteadOfTheDefault()
    {
        IReadOnlyList<SizingRow> table = [new(100, 0.5m, 1m), new(null, 1m, 1.5m)];

        Assert.Equal(new SuggestedDays(0.5m, 1m), Sizing.Suggest(table, 100));
        Assert.Equal(new SuggestedDays(1m, 1.5m), Sizing.Suggest(table, 101));
        Assert.Equal(new SuggestedDays(1m, 1.5m), Sizing.Suggest(table, 250));
    }

    [Fact]
    public void Suggest_RowsOutOfOrder_StillFindsTheRightBand()
    {
        IReadOnlyList<SizingRow> table = [new(null, 3m, 3m), new(500, 2m, 2m), new(50, 1m, 1m)];

        Assert.Equal(new SuggestedDays(1m, 1m), Sizing.Suggest(table, 50));
        Assert.Equal(new SuggestedDays(2m, 2m), Sizing.Suggest(table, 51));
        Assert.Equal(new SuggestedDays(3m, 3m), Sizing.Suggest(table, 501));
    }

    [Fact]
    public void Suggest_NegativeStaff_IsAProgrammingError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sizing.Suggest([], -1));

    [Fact]
    public void Problems_TheDefaultAsTyped_HasNone() =>
        Assert.Empty(Sizing.Problems(Sizing.CseDefault.Select(r => new SizingBandRequest { UpToStaff = r.UpToStaff, DeskDays = r.DeskDays, OnSiteDays = r.OnSiteDays }).ToList()));

    [Fact]
    public void Problems_EmptyTable_AsksForABand() =>
        Assert.Equal(["Enter at least one band"], Sizing.Problems([])["Bands"]);

    [Fact]
    public void Problems_LimitsNotRising_SaysWhichBand()
    {
        var errors = Sizing.Problems([Band(500), Band(500), Band(null)]);

        Assert.Equal(["The number of staff for band 2 must be more than for band 1"], errors["Bands[1].UpToStaff"]);
        Assert.Single(errors);
    }

    [Fact]
    public void Problems_LastBandClosedOrMiddleBandOpen_AreBothRefused()
    {
        var errors = Sizing.Problems([Band(100), Band(null), Band(1000)]);

        Assert.Equal(["Enter the largest number of staff for band 2"], errors["Bands[1].UpToStaff"]);
        Assert.Equal(["Leave the number of staff for the last band empty, so that it covers any number"], errors["Bands[2].UpToStaff"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Problems_StaffLimitBelowOne_IsRefused(int limit) =>
        Assert.Equal(["The number of staff for band 1 must be 1 or more"], Sizing.Problems([Band(limit), Band(null)])["Bands[0].UpToStaff"]);

    [Theory]
    [InlineData(null, "Enter the desk days for band 1")]
    [InlineData("0", "Enter the desk days for band 1 as a number of half days from 0.5 to 30, like 1 or 1.5")]
    [InlineData("-1", "Enter the desk days for band 1 as a number of half days from 0.5 to 30, like 1 or 1.5")]
    [InlineData("1.25", "Enter the desk days for band 1 as a number of half days from 0.5 to 30, like 1 or 1.5")]
    [InlineData("30.5", "Enter the desk days for band 1 as a number of half days from 0.5 to 30, like 1 or 1.5")]
    public void Problems_DeskDaysNotPositiveHalfDays_AreRefused(string? days, string message) =>
        Assert.Equal([message], Sizing.Problems([new SizingBandRequest { DeskDays = days is null ? null : decimal.Parse(days, System.Globalization.CultureInfo.InvariantCulture), OnSiteDays = 1 }])["Bands[0].DeskDays"]);

    private static SizingBandRequest Band(int? upTo) => new() { UpToStaff = upTo, DeskDays = 1, OnSiteDays = 1 };
}
