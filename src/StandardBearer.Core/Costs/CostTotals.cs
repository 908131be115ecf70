namespace StandardBearer.Core.Costs;

/// <summary>One assessment year's staff time and costs against its budget.</summary>
public sealed record CostYearSummary(
    int Year,
    decimal StaffDays,
    int StaffEntries,
    decimal AssessmentFees,
    decimal OtherCosts,
    int CostEntries,
    decimal? MoneyBudget,
    decimal? StaffDaysBudget)
{
    public decimal TotalCost => AssessmentFees + OtherCosts;
    public bool HasData => StaffEntries > 0 || CostEntries > 0 || MoneyBudget is not null || StaffDaysBudget is not null;
    public bool OverMoneyBudget => MoneyBudget is { } b && TotalCost > b;
    public bool OverStaffBudget => StaffDaysBudget is { } b && StaffDays > b;
}

/// <summary>The pure sums behind the costs page, the CSV and the board report.</summary>
public static class CostTotals
{
    /// <summary>
    /// A working day, for adding hours to days. 7.4 hours is the 37-hour week most UK public bodies work; the
    /// figure is shown wherever converted days are.
    /// </summary>
    public const decimal HoursPerDay = 7.4m;

    public static decimal Days(decimal quantity, TimeUnit unit) => unit == TimeUnit.Days ? quantity : quantity / HoursPerDay;

    public static CostYearSummary Summarise(int year, IEnumerable<(decimal Quantity, TimeUnit Unit)> staff,
        IEnumerable<(CostKind Kind, decimal Amount)> costs, decimal? moneyBudget, decimal? staffDaysBudget)
    {
        var staffList = staff.ToList();
        var costList = costs.ToList();
        return new CostYearSummary(
            year,
            Math.Round(staffList.Sum(s => Days(s.Quantity, s.Unit)), 1, MidpointRounding.AwayFromZero),
            staffList.Count,
            costList.Where(c => c.Kind == CostKind.AssessmentFee).Sum(c => c.Amount),
            costList.Where(c => c.Kind != CostKind.AssessmentFee).Sum(c => c.Amount),
            costList.Count,
            moneyBudget,
            staffDaysBudget);
    }
}
