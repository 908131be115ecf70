using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Costs;

/// <summary>
/// One assessment year's staff time and costs against its budget, with a warning when over; every year side by side;
/// CSV of every entry of every year.
/// </summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class CostsModel(AppDbContext db, CostService costs, CurrentUser user) : PageModel
{
    private static readonly Dictionary<string, string> Banners = new(StringComparer.Ordinal)
    {
        ["staff-added"] = "Staff time recorded", ["staff-saved"] = "Staff time changed", ["staff-deleted"] = "Staff time deleted",
        ["cost-added"] = "Cost added", ["cost-saved"] = "Cost changed", ["cost-deleted"] = "Cost deleted", ["budget"] = "Budget saved",
    };

    public int Year { get; private set; }
    public CostYearDetail Detail { get; private set; } = null!;
    public CostYearSummary Summary => Detail.Summary;
    public IReadOnlyList<CostYearSummary> Years { get; private set; } = [];
    public IReadOnlyList<SelectListItem> YearItems { get; private set; } = [];
    public bool IsAdmin { get; private set; }
    public string? Banner { get; private set; }

    /// <summary>One sentence per budget exceeded, saying by how much; empty when within budget.</summary>
    public IReadOnlyList<string> OverBudget { get; private set; } = [];

    // The year is read as text: one that is unreadable or out of range is ignored rather than refused (a view, not a form).
    public async Task OnGetAsync(Guid organisationId, string? year, string? done, CancellationToken ct)
    {
        var thisYear = Dates.Today(db.Time).Year;
        Year = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && costs.IsYear(y) ? y : thisYear;
        Detail = await CostQueries.DetailAsync(db, organisationId, Year, ct);
        Years = await CostQueries.YearsAsync(db, organisationId, ct);
        var first = Math.Min(thisYear - 4, Years.Count == 0 ? thisYear : Years.Min(s => s.Year));
        YearItems = Enumerable.Range(first, costs.LastYear - first + 1).Reverse()
            .Select(x => new SelectListItem(x.ToString(CultureInfo.InvariantCulture), x.ToString(CultureInfo.InvariantCulture), x == Year)).ToList();
        IsAdmin = (await user.MembershipsAsync(ct)).Any(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin);
        Banner = done is not null && Banners.TryGetValue(done, out var banner) ? banner : null;
        OverBudget = OverBudgetSentences(Summary);
    }

    /// <summary>Every entry of every year, staff time then costs within each year, newest year first.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid organisationId, CancellationToken ct)
    {
        var staff = await CostQueries.StaffTimeAsync(db, organisationId, null, ct);
        var items = await CostQueries.ItemsAsync(db, organisationId, null, ct);
        static string Number(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
        var rows = staff.Select(s => (s.Year, Order: 0, Fields: (IReadOnlyList<string>)
            [
                Y(s.Year), "Staff time", s.Who, s.Role, s.Activity, "", s.Unit == TimeUnit.Hours ? Number(s.Quantity) : "", Number(Math.Round(s.Days, 2)), "",
            ]))
            .Concat(items.Select(c => (c.Year, Order: 1, Fields: (IReadOnlyList<string>)
            [
                Y(c.Year), "Cost", "", "", CostNames.Display(c.Kind), c.Description, "", "", c.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            ])))
            .OrderByDescending(r => r.Year).ThenBy(r => r.Order).Select(r => r.Fields);
        var csv = Csv.Write(["year", "type", "who", "role", "activity_or_kind", "description", "hours", "days", "amount"], rows);
        return File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", "costs.csv");
    }

    /// <summary>"£20.50 over", "£79.50 left" and the like: what is left of a budget, or by how much it is exceeded.</summary>
    public static string Left(decimal spent, decimal budget, Func<decimal, string> format) =>
        spent > budget ? $"{format(spent - budget)} over" : $"{format(budget - spent)} left";

    /// <summary>The year-by-year column: money and staff time each over or under their budget, or no budget.</summary>
    public static string Comparison(CostYearSummary y)
    {
        static string Against(decimal spent, decimal? budget, Func<decimal, string> format) => budget switch
        {
            null => "no budget",
            { } b when spent > b => $"{format(spent - b)} over",
            { } b when spent < b => $"{format(b - spent)} under",
            _ => "on budget",
        };
        return $"Money: {Against(y.TotalCost, y.MoneyBudget, CostNames.Money)}. Staff time: {Against(y.StaffDays, y.StaffDaysBudget, StaffDays)}.";
    }

    public static string StaffDays(decimal days) => $"{CostNames.Days(days)} days";

    public static IReadOnlyList<string> OverBudgetSentences(CostYearSummary s)
    {
        var sentences = new List<string>();
        if (s.OverMoneyBudget)
            sentences.Add($"Costs of {CostNames.Money(s.TotalCost)} are {CostNames.Money(s.TotalCost - s.MoneyBudget!.Value)} over the budget of {CostNames.Money(s.MoneyBudget.Value)}.");
        if (s.OverStaffBudget)
            sentences.Add($"Staff time of {StaffDays(s.StaffDays)} is {StaffDays(s.StaffDays - s.StaffDaysBudget!.Value)} over the budget of {StaffDays(s.StaffDaysBudget.Value)}.");
        return sentences;
    }

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);
}
