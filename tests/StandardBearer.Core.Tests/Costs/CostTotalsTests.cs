using StandardBearer.Core.Costs;

namespace StandardBearer.Core.Tests.Costs;

public sealed class CostTotalsTests
{
    [Fact]
    public void Summarise_AddsHoursAsDays_SplitsFeesFromOtherCosts_AndFlagsEachBudget()
    {
        var summary = CostTotals.Summarise(2026,
            [(3m, TimeUnit.Days), (37m, TimeUnit.Hours), (1.5m, TimeUnit.Days)],
            [(CostKind.AssessmentFee, 2400m), (CostKind.Travel, 120.50m), (CostKind.Training, 300m)],
            moneyBudget: 2800m, staffDaysBudget: 10m);

        Assert.Equal(9.5m, summary.StaffDays); // 3 + 37 / 7.4 + 1.5
        Assert.Equal(3, summary.StaffEntries);
        Assert.Equal(2400m, summary.AssessmentFees);
        Assert.Equal(420.50m, summary.OtherCosts);
        Assert.Equal(2820.50m, summary.TotalCost);
        Assert.True(summary.OverMoneyBudget);
        Assert.False(summary.OverStaffBudget);
        Assert.True(summary.HasData);
    }

    [Fact]
    public void Summarise_NothingRecorded_HasNoDataAndIsNeverOverBudget()
    {
        var summary = CostTotals.Summarise(2025, [], [], null, null);

        Assert.False(summary.HasData);
        Assert.Equal(0m, summary.TotalCost);
        Assert.False(summary.OverMoneyBudget);
        Assert.False(summary.OverStaffBudget);
    }

    [Fact]
    public void Summarise_ExactlyOnBudget_IsNotOver()
    {
        var summary = CostTotals.Summarise(2026, [(14.8m, TimeUnit.Hours)], [(CostKind.Other, 100m)], moneyBudget: 100m, staffDaysBudget: 2m);

        Assert.Equal(2m, summary.StaffDays);
        Assert.False(summary.OverMoneyBudget);
        Assert.False(summary.OverStaffBudget);
    }
}
