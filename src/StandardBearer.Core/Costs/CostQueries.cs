using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Costs;

/// <summary>
/// Reads of an organisation's costs, shared by the costs pages, the API, the CSV and the board report. Amounts are
/// summed in memory: an organisation has tens of entries a year, and SQLite cannot sum decimals in SQL.
/// </summary>
public static class CostQueries
{
    /// <summary>Every year with entries or a budget, newest first, each summarised.</summary>
    public static async Task<IReadOnlyList<CostYearSummary>> YearsAsync(AppDbContext db, Guid organisationId, CancellationToken ct = default)
    {
        var staff = await db.StaffTimeEntries.Where(s => s.OrganisationId == organisationId)
            .Select(s => new { s.Year, s.Quantity, s.Unit }).ToListAsync(ct);
        var costs = await db.CostItems.Where(c => c.OrganisationId == organisationId)
            .Select(c => new { c.Year, c.Kind, c.Amount }).ToListAsync(ct);
        var budgets = await db.CostBudgets.Where(b => b.OrganisationId == organisationId)
            .Select(b => new { b.Year, b.Money, b.StaffDays }).ToDictionaryAsync(b => b.Year, ct);
        return staff.Select(s => s.Year).Concat(costs.Select(c => c.Year)).Concat(budgets.Keys).Distinct().OrderDescending()
            .Select(year => CostTotals.Summarise(year,
                staff.Where(s => s.Year == year).Select(s => (s.Quantity, s.Unit)),
                costs.Where(c => c.Year == year).Select(c => (c.Kind, c.Amount)),
                budgets.GetValueOrDefault(year)?.Money,
                budgets.GetValueOrDefault(year)?.StaffDays))
            .ToList();
    }

    /// <summary>One year's summary; all zeros and no budget when nothing is recorded (<see cref="CostYearSummary.HasData"/> is false).</summary>
    public static async Task<CostYearSummary> YearAsync(AppDbContext db, Guid organisationId, int year, CancellationToken ct = default)
    {
        var staff = await db.StaffTimeEntries.Where(s => s.OrganisationId == organisationId && s.Year == year)
            .Select(s => new { s.Quantity, s.Unit }).ToListAsync(ct);
        var costs = await db.CostItems.Where(c => c.OrganisationId == organisationId && c.Year == year)
            .Select(c => new { c.Kind, c.Amount }).ToListAsync(ct);
        var budget = await db.CostBudgets.Where(b => b.OrganisationId == organisationId && b.Year == year)
            .Select(b => new { b.Money, b.StaffDays }).SingleOrDefaultAsync(ct);
        return CostTotals.Summarise(year, staff.Select(s => (s.Quantity, s.Unit)), costs.Select(c => (c.Kind, c.Amount)), budget?.Money, budget?.StaffDays);
    }
}
