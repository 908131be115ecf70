using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Costs;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Costs;

/// <summary>Staff time, costs and budgets through <see cref="CostService"/>, and the reads over them, on each provider.</summary>
public abstract class CostServiceTests(AppFixture app)
{
    private static readonly int ThisYear = DateTime.UtcNow.Year;

    private static Actor As(TestUser user) => TestData.ActorFor(user);

    private Task<T> Costs<T>(Func<CostService, Task<T>> work) => app.WithServicesAsync(sp => work(sp.GetRequiredService<CostService>()));

    private Task<bool> Costs(Func<CostService, Task> work) => app.WithServicesAsync(async sp =>
    {
        await work(sp.GetRequiredService<CostService>());
        return true;
    });

    private static SaveStaffTimeRequest Time(decimal? quantity = 3m, TimeUnit? unit = TimeUnit.Days, string who = "Claire Evans", string role = "CSE lead",
        string activity = "Coordinating the self-assessment") => new() { Who = who, Role = role, Activity = activity, Quantity = quantity, Unit = unit };

    private static SaveCostItemRequest Cost(decimal? amount = 2400m, CostKind? kind = CostKind.AssessmentFee, string description = "Full assessment fee") =>
        new() { Kind = kind, Description = description, Amount = amount };

    private async Task<IReadOnlyDictionary<string, string[]>> RefusedAsync(Func<CostService, Task> work) =>
        (await Assert.ThrowsAsync<DomainValidationException>(() => Costs(work))).Errors;

    [DbFact]
    public async Task AddStaffTime_Invalid_IsRejectedWithEveryMessage_AndNothingIsSaved()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var member = As(tenant.Member);

        var errors = await RefusedAsync(s => s.AddStaffTimeAsync(tenant.Id, 1999, Time(0m, TimeUnit.Hours, who: "", role: " ", activity: new string('a', 1001)), member));

        Assert.Equal(["Enter who spent the time"], errors["Who"]);
        Assert.Equal(["Enter their role"], errors["Role"]);
        Assert.Equal(["The activity must be 1,000 characters or fewer"], errors["Activity"]);
        Assert.Equal(["Time spent must be more than 0 and no more than 2,000 hours"], errors["Quantity"]);
        Assert.Equal([$"The year must be between 2000 and {ThisYear + 1}"], errors["Year"]);
        Assert.Equal(["Time spent must be more than 0 and no more than 300 days"],
            (await RefusedAsync(s => s.AddStaffTimeAsync(tenant.Id, ThisYear, Time(300.5m, TimeUnit.Days), member)))["Quantity"]);
        Assert.Equal(["Time spent must be more than 0 and no more than 2,000 hours"],
            (await RefusedAsync(s => s.AddStaffTimeAsync(tenant.Id, ThisYear, Time(2000.25m, TimeUnit.Hours), member)))["Quantity"]);
        Assert.Equal(["Enter the time spent to no more than 2 decimal places, like 1.5"],
            (await RefusedAsync(s => s.AddStaffTimeAsync(tenant.Id, ThisYear, Time(1.125m), member)))["Quantity"]);
        var missing = await RefusedAsync(s => s.AddStaffTimeAsync(tenant.Id, ThisYear + 2, Time(null, null, who: new string('w', 201)), member));
        Assert.Equal(["Enter the time spent"], missing["Quantity"]);
        Assert.Equal(["Select hours or days"], missing["Unit"]);
        Assert.Equal(["Who must be 200 characters or fewer"], missing["Who"]);
        Assert.Equal([$"The year must be between 2000 and {ThisYear + 1}"], missing["Year"]);
        Assert.Equal(["Select hours or days"], (await RefusedAsync(s => s.AddStaffTimeAsync(tenant.Id, ThisYear, Time(1m, (TimeUnit)7), member)))["Unit"]);
        Assert.False(await app.WithDbAsync(db => db.StaffTimeEntries.AnyAsync(s => s.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task AddCostItemAndSetBudget_Invalid_AreRejectedWithTheirMessages()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();

        var cost = await RefusedAsync(s => s.AddCostItemAsync(tenant.Id, ThisYear, Cost(-0.01m, null, " "), As(tenant.Member)));
        Assert.Equal(["Select the kind of cost"], cost["Kind"]);
        Assert.Equal(["Enter a description"], cost["Description"]);
        Assert.Equal(["The amount must be £0 or more and no more than £10,000,000"], cost["Amount"]);
        Assert.Equal(["The amount must be £0 or more and no more than £10,000,000"],
            (await RefusedAsync(s => s.AddCostItemAsync(tenant.Id, ThisYear, Cost(10_000_000.01m), As(tenant.Member))))["Amount"]);
        Assert.Equal(["Enter the amount in pounds and pence, like 1250 or 1250.50"],
            (await RefusedAsync(s => s.AddCostItemAsync(tenant.Id, ThisYear, Cost(12.345m), As(tenant.Member))))["Amount"]);
        Assert.Equal(["Enter the amount"], (await RefusedAsync(s => s.AddCostItemAsync(tenant.Id, ThisYear, Cost(null), As(tenant.Member))))["Amount"]);

        var budget = await RefusedAsync(s => s.SetBudgetAsync(tenant.Id, ThisYear, new SetCostBudgetRequest { Money = -1m, StaffDays = -0.5m, ApprovedBy = new string('x', 401) }, As(tenant.Admin)));
        Assert.Equal(["The money budget must be £0 or more and no more than £10,000,000"], budget["Money"]);
        Assert.Equal(["The staff time budget must be 0 days or more and no more than 10,000 days"], budget["StaffDays"]);
        Assert.Equal(["Approved by must be 400 characters or fewer"], budget["ApprovedBy"]);
        Assert.Equal([$"The year must be between 2000 and {ThisYear + 1}"],
            (await RefusedAsync(s => s.SetBudgetAsync(tenant.Id, 1990, new SetCostBudgetRequest(), As(tenant.Admin))))["Year"]);
        Assert.False(await app.WithDbAsync(db => db.CostItems.AnyAsync(c => c.OrganisationId == tenant.Id)));
        Assert.False(await app.WithDbAsync(db => db.CostBudgets.AnyAsync(b => b.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task EveryWrite_ChangesTheRowAndWritesOneAuditRow_AndABudgetIsOneRowPerYear()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var member = As(tenant.Member);
        var admin = As(tenant.Admin);

        var entry = await Costs(s => s.AddStaffTimeAsync(tenant.Id, ThisYear, Time(7.5m, TimeUnit.Hours, who: "  Ravi Patel "), member));
        await Costs(s => s.UpdateStaffTimeAsync(tenant.Id, entry.Id, Time(2m, TimeUnit.Days, activity: "Writing statements\r\nfor criterion 4"), member));
        var item = await Costs(s => s.AddCostItemAsync(tenant.Id, ThisYear - 1, Cost(1250.5m), member));
        await Costs(s => s.UpdateCostItemAsync(tenant.Id, item.Id, Cost(1300m, CostKind.Travel, "Assessor travel"), member));
        await Costs(s => s.SetBudgetAsync(tenant.Id, ThisYear, new SetCostBudgetRequest { Money = 5000m, StaffDays = 20m, ApprovedBy = " Board, March " }, admin));
        await Costs(s => s.SetBudgetAsync(tenant.Id, ThisYear, new SetCostBudgetRequest { Money = 5500m }, admin));

        var saved = await app.WithDbAsync(db => db.StaffTimeEntries.SingleAsync(s => s.Id == entry.Id));
        Assert.Equal((ThisYear, "Claire Evans", 2m, TimeUnit.Days, "Writing statements\nfor criterion 4", tenant.Member.Id),
            (saved.Year, saved.Who, saved.Quantity, saved.Unit, saved.Activity, saved.UpdatedByUserId));
        var cost = await app.WithDbAsync(db => db.CostItems.SingleAsync(c => c.Id == item.Id));
        Assert.Equal((ThisYear - 1, CostKind.Travel, "Assessor travel", 1300m), (cost.Year, cost.Kind, cost.Description, cost.Amount));
        var budget = await app.WithDbAsync(db => db.CostBudgets.SingleAsync(b => b.OrganisationId == tenant.Id));
        Assert.Equal((ThisYear, 5500m, (decimal?)null, (string?)null), (budget.Year, budget.Money!.Value, budget.StaffDays, budget.ApprovedBy));

        await Costs(s => s.DeleteStaffTimeAsync(tenant.Id, entry.Id, admin));
        await Costs(s => s.DeleteCostItemAsync(tenant.Id, item.Id, admin));
        Assert.False(await app.WithDbAsync(db => db.StaffTimeEntries.AnyAsync(s => s.OrganisationId == tenant.Id)));
        Assert.False(await app.WithDbAsync(db => db.CostItems.AnyAsync(c => c.OrganisationId == tenant.Id)));

        var actions = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.OrganisationId == tenant.Id).Select(e => e.Action).ToListAsync());
        string[] expected = ["StaffTimeAdded", "StaffTimeUpdated", "CostItemAdded", "CostItemUpdated", "CostBudgetSet", "CostBudgetSet", "StaffTimeDeleted", "CostItemDeleted"];
        Assert.Equal(expected.Order(), actions.Where(a => a.StartsWith("Staff", StringComparison.Ordinal) || a.StartsWith("Cost", StringComparison.Ordinal)).Order());
    }

    [DbFact]
    public async Task Members_RecordAndChange_ButOnlyAdminsDeleteOrSetTheBudget_AndAnotherOrganisationsEntryIsNotFound()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var entry = await Costs(s => s.AddStaffTimeAsync(tenant.Id, ThisYear, Time(), As(tenant.Member)));
        var item = await Costs(s => s.AddCostItemAsync(tenant.Id, ThisYear, Cost(), As(tenant.Member)));

        await Assert.ThrowsAsync<ForbiddenException>(() => Costs(s => s.DeleteStaffTimeAsync(tenant.Id, entry.Id, As(tenant.Member))));
        await Assert.ThrowsAsync<ForbiddenException>(() => Costs(s => s.DeleteCostItemAsync(tenant.Id, item.Id, As(tenant.Member))));
        await Assert.ThrowsAsync<ForbiddenException>(() => Costs(s => s.SetBudgetAsync(tenant.Id, ThisYear, new SetCostBudgetRequest { Money = 1m }, As(tenant.Member))));
        await Assert.ThrowsAsync<ForbiddenException>(() => Costs(s => s.SetBudgetAsync(tenant.Id, ThisYear, new SetCostBudgetRequest { Money = 1m }, As(other.Admin))));
        await Assert.ThrowsAsync<NotFoundException>(() => Costs(s => s.UpdateStaffTimeAsync(other.Id, entry.Id, Time(), As(other.Admin))));
        await Assert.ThrowsAsync<NotFoundException>(() => Costs(s => s.DeleteStaffTimeAsync(other.Id, entry.Id, As(other.Admin))));
        await Assert.ThrowsAsync<NotFoundException>(() => Costs(s => s.UpdateCostItemAsync(other.Id, item.Id, Cost(), As(other.Admin))));
        await Assert.ThrowsAsync<NotFoundException>(() => Costs(s => s.DeleteCostItemAsync(other.Id, item.Id, As(other.Admin))));

        Assert.True(await app.WithDbAsync(db => db.StaffTimeEntries.AnyAsync(s => s.Id == entry.Id)));
        Assert.True(await app.WithDbAsync(db => db.CostItems.AnyAsync(c => c.Id == item.Id)));
        Assert.False(await app.WithDbAsync(db => db.CostBudgets.AnyAsync(b => b.OrganisationId == tenant.Id || b.OrganisationId == other.Id)));
    }

    [DbFact]
    public async Task Totals_ConvertHoursToDays_SplitFeesFromOtherCosts_AndFlagEachBudgetExceeded()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var year = ThisYear - 1;
        await Costs(async s =>
        {
            await s.AddStaffTimeAsync(tenant.Id, year, Time(3m, TimeUnit.Days), As(tenant.Member));
            await s.AddStaffTimeAsync(tenant.Id, year, Time(37m, TimeUnit.Hours, who: "Element champions"), As(tenant.Member));
            await s.AddStaffTimeAsync(tenant.Id, year, Time(11.1m, TimeUnit.Hours, who: "Customer services team"), As(tenant.Member));
            await s.AddCostItemAsync(tenant.Id, year, Cost(120.50m, CostKind.Travel, "Assessor travel"), As(tenant.Member));
            await s.AddCostItemAsync(tenant.Id, year, Cost(2400m), As(tenant.Member));
            await s.AddCostItemAsync(tenant.Id, year, Cost(300m, CostKind.Training, "Champions workshop"), As(tenant.Member));
            await s.SetBudgetAsync(tenant.Id, year, new SetCostBudgetRequest { Money = 2800m, StaffDays = 9m }, As(tenant.Admin));
            await s.AddCostItemAsync(tenant.Id, ThisYear, Cost(2450m), As(tenant.Member));
            await s.SetBudgetAsync(tenant.Id, ThisYear, new SetCostBudgetRequest { Money = 3000m, StaffDays = 10m }, As(tenant.Admin));
        });

        var detail = await app.WithDbAsync(db => CostQueries.DetailAsync(db, tenant.Id, year));

        var s = detail.Summary;
        Assert.Equal(9.5m, s.StaffDays); // 3 + 37 / 7.4 + 11.1 / 7.4 = 3 + 5 + 1.5
        Assert.Equal((2400m, 420.50m, 2820.50m), (s.AssessmentFees, s.OtherCosts, s.TotalCost));
        Assert.Equal((true, true), (s.OverMoneyBudget, s.OverStaffBudget));
        Assert.Equal([3m, 5m, 1.5m], detail.StaffTime.Select(t => t.Days));
        Assert.Equal([CostKind.AssessmentFee, CostKind.Travel, CostKind.Training], detail.Items.Select(i => i.Kind));
        Assert.Equal(new CostBudgetRow(year, 2800m, 9m, null), detail.Budget);
        var current = await app.WithDbAsync(db => CostQueries.YearAsync(db, tenant.Id, ThisYear));
        Assert.Equal((0m, 2450m, false, false), (current.StaffDays, current.TotalCost, current.OverMoneyBudget, current.OverStaffBudget));
    }

    [DbFact]
    public async Task YearsAsync_ListsEveryYearWithAnEntryOrABudget_NewestFirst_AndOnlyTheOrganisationsOwn()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        await Costs(async s =>
        {
            await s.AddCostItemAsync(tenant.Id, ThisYear - 2, Cost(2100m), As(tenant.Member));
            await s.SetBudgetAsync(tenant.Id, ThisYear - 4, new SetCostBudgetRequest { StaffDays = 12m }, As(tenant.Admin));
            await s.AddStaffTimeAsync(tenant.Id, ThisYear, Time(7.4m, TimeUnit.Hours), As(tenant.Member));
            await s.AddStaffTimeAsync(other.Id, ThisYear - 1, Time(), As(other.Member));
        });

        var years = await app.WithDbAsync(db => CostQueries.YearsAsync(db, tenant.Id));

        Assert.Equal([ThisYear, ThisYear - 2, ThisYear - 4], years.Select(y => y.Year));
        Assert.Equal(1m, years[0].StaffDays);
        Assert.Equal(2100m, years[1].AssessmentFees);
        Assert.True(years[2].HasData);
        Assert.Equal((decimal?)12m, years[2].StaffDaysBudget);
    }
}

public sealed class CostServiceTestsOnSqlite(SqliteApp app) : CostServiceTests(app), IClassFixture<SqliteApp>;

public sealed class CostServiceTestsOnPostgres(PostgresApp app) : CostServiceTests(app), IClassFixture<PostgresApp>;
