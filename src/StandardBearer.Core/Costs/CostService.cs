using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Costs;

/// <summary>
/// Every change to an organisation's staff time, costs and budgets. Anyone in the organisation records and changes
/// staff time and costs; only its admins delete them and set a year's budget.
/// </summary>
public sealed class CostService(AppDbContext db)
{
    public const int FirstYear = 2000;
    public const decimal MaxHours = 2000m;
    public const decimal MaxDays = 300m;
    public const decimal MaxAmount = 10_000_000m;
    public const decimal MaxStaffDaysBudget = 10_000m;

    /// <summary>The latest year anything may be recorded for: next year, so a budget can be set before it starts.</summary>
    public int LastYear => Dates.Today(db.Time).Year + 1;

    public bool IsYear(int year) => year >= FirstYear && year <= LastYear;

    public async Task<StaffTimeEntry> AddStaffTimeAsync(Guid organisationId, int year, SaveStaffTimeRequest request, Actor actor, CancellationToken ct = default)
    {
        Check(year, request);
        var now = db.Time.GetUtcNow();
        var entry = new StaffTimeEntry { Id = db.NewId(), OrganisationId = organisationId, Year = year, Who = "", Role = "", Activity = "", CreatedAt = now };
        Apply(entry, request, actor);
        db.Add(entry);
        db.Record(actor, "StaffTimeAdded", $"StaffTimeEntry/{entry.Id}", organisationId, after: Snapshot(entry));
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public async Task<StaffTimeEntry> UpdateStaffTimeAsync(Guid organisationId, Guid entryId, SaveStaffTimeRequest request, Actor actor, CancellationToken ct = default)
    {
        var entry = await FindStaffTimeAsync(organisationId, entryId, ct);
        Check(null, request);
        var before = Snapshot(entry);
        Apply(entry, request, actor);
        db.Record(actor, "StaffTimeUpdated", $"StaffTimeEntry/{entry.Id}", organisationId, before: before, after: Snapshot(entry));
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public async Task DeleteStaffTimeAsync(Guid organisationId, Guid entryId, Actor actor, CancellationToken ct = default)
    {
        var entry = await FindStaffTimeAsync(organisationId, entryId, ct);
        await EnsureAdminAsync(organisationId, actor, "delete staff time", ct);
        db.Remove(entry);
        db.Record(actor, "StaffTimeDeleted", $"StaffTimeEntry/{entry.Id}", organisationId, before: Snapshot(entry));
        await db.SaveChangesAsync(ct);
    }

    public async Task<CostItem> AddCostItemAsync(Guid organisationId, int year, SaveCostItemRequest request, Actor actor, CancellationToken ct = default)
    {
        Check(year, request);
        var now = db.Time.GetUtcNow();
        var item = new CostItem { Id = db.NewId(), OrganisationId = organisationId, Year = year, Description = "", CreatedAt = now };
        Apply(item, request, actor);
        db.Add(item);
        db.Record(actor, "CostItemAdded", $"CostItem/{item.Id}", organisationId, after: Snapshot(item));
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<CostItem> UpdateCostItemAsync(Guid organisationId, Guid itemId, SaveCostItemRequest request, Actor actor, CancellationToken ct = default)
    {
        var item = await FindCostItemAsync(organisationId, itemId, ct);
        Check(null, request);
        var before = Snapshot(item);
        Apply(item, request, actor);
        db.Record(actor, "CostItemUpdated", $"CostItem/{item.Id}", organisationId, before: before, after: Snapshot(item));
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task DeleteCostItemAsync(Guid organisationId, Guid itemId, Actor actor, CancellationToken ct = default)
    {
        var item = await FindCostItemAsync(organisationId, itemId, ct);
        await EnsureAdminAsync(organisationId, actor, "delete a cost", ct);
        db.Remove(item);
        db.Record(actor, "CostItemDeleted", $"CostItem/{item.Id}", organisationId, before: Snapshot(item));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Admins only. Creates the year's one budget row or replaces its figures.</summary>
    public async Task<CostBudget> SetBudgetAsync(Guid organisationId, int year, SetCostBudgetRequest request, Actor actor, CancellationToken ct = default)
    {
        await EnsureAdminAsync(organisationId, actor, "set the budget", ct);
        var errors = Validation.ErrorsOf(request);
        CheckYear(year, errors);
        if (request.Money is { } money && (money < 0 || money > MaxAmount))
            errors[nameof(SetCostBudgetRequest.Money)] = ["The money budget must be £0 or more and no more than £10,000,000"];
        else if (request.Money is { } m && decimal.Round(m, 2) != m)
            errors[nameof(SetCostBudgetRequest.Money)] = ["Enter the money budget in pounds and pence, like 2500 or 2500.50"];
        if (request.StaffDays is { } days && (days < 0 || days > MaxStaffDaysBudget))
            errors[nameof(SetCostBudgetRequest.StaffDays)] = ["The staff time budget must be 0 days or more and no more than 10,000 days"];
        else if (request.StaffDays is { } d && decimal.Round(d, 2) != d)
            errors[nameof(SetCostBudgetRequest.StaffDays)] = ["Enter the staff time budget to no more than 2 decimal places, like 12.5"];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var budget = await db.CostBudgets.SingleOrDefaultAsync(b => b.OrganisationId == organisationId && b.Year == year, ct);
        var before = budget is null ? null : Snapshot(budget);
        if (budget is null)
        {
            budget = new CostBudget { Id = db.NewId(), OrganisationId = organisationId, Year = year };
            db.Add(budget);
        }
        budget.Money = request.Money;
        budget.StaffDays = request.StaffDays;
        budget.ApprovedBy = Validation.CleanText(request.ApprovedBy);
        budget.UpdatedAt = db.Time.GetUtcNow();
        budget.UpdatedByUserId = actor.UserId;
        db.Record(actor, "CostBudgetSet", $"CostBudget/{budget.Id}", organisationId, before: before, after: Snapshot(budget));
        await db.SaveChangesAsync(ct);
        return budget;
    }

    /// <summary>The sentence for a quantity outside the limits, in the unit it was given in.</summary>
    public static string QuantityLimit(TimeUnit unit) => unit == TimeUnit.Days
        ? "Time spent must be more than 0 and no more than 300 days"
        : "Time spent must be more than 0 and no more than 2,000 hours";

    private void Check(int? year, SaveStaffTimeRequest request)
    {
        var errors = Validation.ErrorsOf(request);
        if (year is { } y) CheckYear(y, errors);
        if (request.Unit is { } unit && !Enum.IsDefined(unit))
            errors[nameof(SaveStaffTimeRequest.Unit)] = ["Select hours or days"];
        else if (request.Quantity is { } quantity)
        {
            var max = request.Unit == TimeUnit.Days ? MaxDays : MaxHours;
            if (quantity <= 0 || quantity > max)
                errors[nameof(SaveStaffTimeRequest.Quantity)] = [QuantityLimit(request.Unit ?? TimeUnit.Hours)];
            else if (decimal.Round(quantity, 2) != quantity)
                errors[nameof(SaveStaffTimeRequest.Quantity)] = ["Enter the time spent to no more than 2 decimal places, like 1.5"];
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }

    private void Check(int? year, SaveCostItemRequest request)
    {
        var errors = Validation.ErrorsOf(request);
        if (year is { } y) CheckYear(y, errors);
        if (request.Kind is { } kind && !Enum.IsDefined(kind))
            errors[nameof(SaveCostItemRequest.Kind)] = ["Select the kind of cost"];
        if (request.Amount is { } amount)
        {
            if (amount < 0 || amount > MaxAmount)
                errors[nameof(SaveCostItemRequest.Amount)] = ["The amount must be £0 or more and no more than £10,000,000"];
            else if (decimal.Round(amount, 2) != amount)
                errors[nameof(SaveCostItemRequest.Amount)] = ["Enter the amount in pounds and pence, like 1250 or 1250.50"];
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }

    private void CheckYear(int year, Dictionary<string, string[]> errors)
    {
        if (!IsYear(year))
            errors["Year"] = [$"The year must be between {FirstYear} and {LastYear.ToString(CultureInfo.InvariantCulture)}"];
    }

    private async Task EnsureAdminAsync(Guid organisationId, Actor actor, string what, CancellationToken ct)
    {
        if (!await db.IsOrganisationAdminAsync(actor.UserId, organisationId, ct))
            throw new ForbiddenException($"Only an admin of the organisation can {what}.");
    }

    private async Task<StaffTimeEntry> FindStaffTimeAsync(Guid organisationId, Guid entryId, CancellationToken ct) =>
        await db.StaffTimeEntries.SingleOrDefaultAsync(s => s.Id == entryId && s.OrganisationId == organisationId, ct)
        ?? throw new NotFoundException("Staff time entry not found");

    private async Task<CostItem> FindCostItemAsync(Guid organisationId, Guid itemId, CancellationToken ct) =>
        await db.CostItems.SingleOrDefaultAsync(c => c.Id == itemId && c.OrganisationId == organisationId, ct)
        ?? throw new NotFoundException("Cost not found");

    private void Apply(StaffTimeEntry e, SaveStaffTimeRequest r, Actor actor)
    {
        e.Who = r.Who.Trim();
        e.Role = r.Role.Trim();
        e.Activity = Validation.CleanText(r.Activity)!;
        e.Quantity = r.Quantity!.Value;
        e.Unit = r.Unit!.Value;
        e.UpdatedAt = db.Time.GetUtcNow();
        e.UpdatedByUserId = actor.UserId;
    }

    private void Apply(CostItem c, SaveCostItemRequest r, Actor actor)
    {
        c.Kind = r.Kind!.Value;
        c.Description = Validation.CleanText(r.Description)!;
        c.Amount = r.Amount!.Value;
        c.UpdatedAt = db.Time.GetUtcNow();
        c.UpdatedByUserId = actor.UserId;
    }

    private static object Snapshot(StaffTimeEntry e) => new { e.Year, e.Who, e.Role, e.Activity, e.Quantity, Unit = e.Unit.ToString() };

    private static object Snapshot(CostItem c) => new { c.Year, Kind = c.Kind.ToString(), c.Description, c.Amount };

    private static object Snapshot(CostBudget b) => new { b.Year, b.Money, b.StaffDays, b.ApprovedBy };
}
