using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Costs;

/// <summary>A staff time entry as recorded, with its time in days (hours converted at <see cref="CostTotals.HoursPerDay"/>).</summary>
public sealed record StaffTimeRow(Guid Id, int Year, string Who, string Role, string Activity, decimal Quantity, TimeUnit Unit, decimal Days);

public sealed record CostItemRow(Guid Id, int Year, CostKind Kind, string Description, decimal Amount);

public sealed record CostBudgetRow(int Year, decimal? Money, decimal? StaffDays, string? ApprovedBy);

/// <summary>One year in full: the totals, every entry and the budget (null when none is set).</summary>
public sealed record CostYearDetail(CostYearSummary Summary, IReadOnlyList<StaffTimeRow> StaffTime, IReadOnlyList<CostItemRow> Items, CostBudgetRow? Budget);

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

    /// <summary>Staff time in the order it was recorded, of one year or (no year) of every year, newest year first.</summary>
    public static async Task<IReadOnlyList<StaffTimeRow>> StaffTimeAsync(AppDbContext db, Guid organisationId, int? year, CancellationToken ct = default)
    {
        var rows = await db.StaffTimeEntries.AsNoTracking().Where(s => s.OrganisationId == organisationId && (year == null || s.Year == year)).ToListAsync(ct);
        return rows.OrderByDescending(s => s.Year).ThenBy(s => s.CreatedAt).ThenBy(s => s.Id).Select(ToRow).ToList();
    }

    /// <summary>Costs, the assessment fee first, then each kind in the order recorded; one year or every year, newest first.</summary>
    public static async Task<IReadOnlyList<CostItemRow>> ItemsAsync(AppDbContext db, Guid organisationId, int? year, CancellationToken ct = default)
    {
        var rows = await db.CostItems.AsNoTracking().Where(c => c.OrganisationId == organisationId && (year == null || c.Year == year)).ToListAsync(ct);
        return rows.OrderByDescending(c => c.Year).ThenBy(c => c.Kind).ThenBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(ToRow).ToList();
    }

    public static Task<CostBudgetRow?> BudgetAsync(AppDbContext db, Guid organisationId, int year, CancellationToken ct = default) =>
        db.CostBudgets.Where(b => b.OrganisationId == organisationId && b.Year == year)
            .Select(b => new CostBudgetRow(b.Year, b.Money, b.StaffDays, b.ApprovedBy)).SingleOrDefaultAsync(ct);

    public static async Task<CostYearDetail> DetailAsync(AppDbContext db, Guid organisationId, int year, CancellationToken ct = default) =>
        new(await YearAsync(db, organisationId, year, ct), await StaffTimeAsync(db, organisationId, year, ct), await ItemsAsync(db, organisationId, year, ct),
            await BudgetAsync(db, organisationId, year, ct));

    public static async Task<StaffTimeRow?> StaffTimeEntryAsync(AppDbContext db, Guid organisationId, Guid entryId, CancellationToken ct = default) =>
        await db.StaffTimeEntries.AsNoTracking().Where(s => s.OrganisationId == organisationId && s.Id == entryId).SingleOrDefaultAsync(ct) is { } e ? ToRow(e) : null;

    public static async Task<CostItemRow?> ItemAsync(AppDbContext db, Guid organisationId, Guid itemId, CancellationToken ct = default) =>
        await db.CostItems.AsNoTracking().Where(c => c.OrganisationId == organisationId && c.Id == itemId).SingleOrDefaultAsync(ct) is { } c ? ToRow(c) : null;

    private static StaffTimeRow ToRow(StaffTimeEntry s) => new(s.Id, s.Year, s.Who, s.Role, s.Activity, s.Quantity, s.Unit, CostTotals.Days(s.Quantity, s.Unit));

    private static CostItemRow ToRow(CostItem c) => new(c.Id, c.Year, c.Kind, c.Description, c.Amount);
}
