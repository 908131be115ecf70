using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Costs;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Costs;

public abstract class CostsPagesTests(AppFixture app)
{
    private static readonly int ThisYear = DateTime.UtcNow.Year;

    private static Dictionary<string, string> StaffFields(string who = "Claire Evans", string quantity = "22.2", string unit = "Hours", string activity = "Writing statements") => new()
    {
        ["Input.Who"] = who, ["Input.Role"] = "CSE lead", ["Input.Activity"] = activity, ["Input.Quantity"] = quantity, ["Input.Unit"] = unit,
    };

    private static Dictionary<string, string> CostFields(string amount = "1,250.50", string kind = "AssessmentFee", string description = "Full assessment fee") => new()
    {
        ["Input.Kind"] = kind, ["Input.Description"] = description, ["Input.Amount"] = amount,
    };

    private Task<T> Costs<T>(Func<CostService, Task<T>> work) => app.WithServicesAsync(sp => work(sp.GetRequiredService<CostService>()));

    private Task<StaffTimeEntry> AddTimeAsync(TestTenant tenant, int year, decimal quantity, TimeUnit unit, string who = "Element champions") =>
        Costs(s => s.AddStaffTimeAsync(tenant.Id, year, new SaveStaffTimeRequest { Who = who, Role = "Champions", Activity = "Evidence", Quantity = quantity, Unit = unit },
            TestData.ActorFor(tenant.Member)));

    private Task<CostItem> AddCostAsync(TestTenant tenant, int year, decimal amount, CostKind kind = CostKind.AssessmentFee, string description = "Assessment fee") =>
        Costs(s => s.AddCostItemAsync(tenant.Id, year, new SaveCostItemRequest { Kind = kind, Description = description, Amount = amount }, TestData.ActorFor(tenant.Member)));

    private Task<CostBudget> SetBudgetAsync(TestTenant tenant, int year, decimal? money, decimal? days, string? approvedBy = null) =>
        Costs(s => s.SetBudgetAsync(tenant.Id, year, new SetCostBudgetRequest { Money = money, StaffDays = days, ApprovedBy = approvedBy }, TestData.ActorFor(tenant.Admin)));

    private static List<string> Cells(AngleSharp.Dom.IElement row) => row.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();

    [DbFact]
    public async Task Pages_AdminAndMemberOpenThem_OnlyAdminsOpenBudgetAndDelete_OtherTenantsGet404()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var entry = await AddTimeAsync(tenant, ThisYear, 2m, TimeUnit.Days);
        var item = await AddCostAsync(tenant, ThisYear, 2400m);
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var body = await app.Data.CreateBodyWithUsersAsync();
        var root = $"/organisations/{tenant.Id}/costs";
        string[] pages = [root, $"{root}?year={ThisYear - 3}", $"{root}?handler=Download", $"{root}/{ThisYear}/staff-time/new", $"{root}/{ThisYear}/items/new",
            $"{root}/staff-time/{entry.Id}", $"{root}/items/{item.Id}"];
        string[] adminOnly = [$"{root}/{ThisYear}/budget", $"{root}/staff-time/{entry.Id}/delete", $"{root}/items/{item.Id}/delete"];

        foreach (var user in new[] { tenant.Admin, tenant.Member })
        {
            var client = await app.ClientFor(user.Email);
            foreach (var page in pages) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        }
        var admin = await app.ClientFor(tenant.Admin.Email);
        var member = await app.ClientFor(tenant.Member.Email);
        foreach (var page in adminOnly)
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(page)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(page)).StatusCode);
        }
        foreach (var outsider in new[] { other.Admin, other.Member, body.Admin, body.Member })
        {
            var client = await app.ClientFor(outsider.Email);
            foreach (var page in pages.Concat(adminOnly)) Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync($"/organisations/{other.Id}/costs/staff-time/{entry.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync($"/organisations/{other.Id}/costs/items/{item.Id}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{root}/{ThisYear + 2}/staff-time/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{root}/1999/budget")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{root}?year=nonsense")).StatusCode);
        var (_, overview) = await member.GetPageAsync($"/organisations/{tenant.Id}");
        Assert.NotNull(overview.QuerySelector($"a[href='{root}']"));
    }

    [DbFact]
    public async Task Costs_ShowTheYearsTotalsAgainstBudget_WarnWhenOver_AndCompareEveryYear()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var last = ThisYear - 1;
        await AddTimeAsync(tenant, last, 3m, TimeUnit.Days, "Claire Evans");
        await AddTimeAsync(tenant, last, 37m, TimeUnit.Hours);
        await AddTimeAsync(tenant, last, 11.1m, TimeUnit.Hours, "Customer services team");
        await AddCostAsync(tenant, last, 2400m);
        await AddCostAsync(tenant, last, 120.50m, CostKind.Travel, "Assessor travel");
        await AddCostAsync(tenant, last, 300m, CostKind.Training, "Champions workshop");
        await SetBudgetAsync(tenant, last, 2800m, 9m, "Customer services board");
        await AddCostAsync(tenant, ThisYear, 1250m);
        await SetBudgetAsync(tenant, ThisYear, 3000m, null);
        var member = await app.ClientFor(tenant.Member.Email);

        var (_, page) = await member.GetPageAsync($"/organisations/{tenant.Id}/costs?year={last}");

        Assert.Equal($"Costs and staff time for {last}", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Staff time", "9.5 days", "9.0 days", "0.5 days over"], Cells(page.QuerySelector("#total-staff")!));
        Assert.Equal(["Assessment fees", "£2,400.00", "", ""], Cells(page.QuerySelector("#total-fees")!));
        Assert.Equal(["Other costs", "£420.50", "", ""], Cells(page.QuerySelector("#total-other")!));
        Assert.Equal(["Total cost", "£2,820.50", "£2,800.00", "£20.50 over"], Cells(page.QuerySelector("#total-cost")!));
        var warning = page.QuerySelector("#over-budget")!.TextContent;
        Assert.Contains($"Over budget in {last}. Costs of £2,820.50 are £20.50 over the budget of £2,800.00. Staff time of 9.5 days is 0.5 days over the budget of 9.0 days.", warning, StringComparison.Ordinal);
        Assert.Contains("7.4 hours a day", page.QuerySelector("#hours-per-day")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Budget approved by: Customer services board", page.QuerySelector("#approved-by")!.TextContent.Trim());
        var staff = page.QuerySelectorAll("#staff-time tbody tr").Select(Cells).ToList();
        Assert.Equal(["Claire Evans", "Champions", "Evidence", "3 days", "3.0"], staff[0].Take(5));
        Assert.Equal(["37 hours", "5.0"], staff[1].Skip(3).Take(2));
        Assert.Equal(["11.1 hours", "1.5"], staff[2].Skip(3).Take(2));
        Assert.Equal(["Assessment fee", "Travel and expenses", "Training"], page.QuerySelectorAll("#costs tbody tr td:first-child").Select(c => c.TextContent.Trim()));
        Assert.Null(page.QuerySelector($"a[href$='/{last}/budget']"));

        var years = page.QuerySelectorAll("#years tbody tr").Select(Cells).ToList();
        Assert.Equal(2, years.Count);
        Assert.Equal([$"{ThisYear}", "0.0", "£1,250.00", "£0.00", "£1,250.00", "£3,000.00", "Money: £1,750.00 under. Staff time: no budget."], years[0]);
        Assert.Equal([$"{last}", "9.5", "£2,400.00", "£420.50", "£2,820.50", "£2,800.009.0 days", "Money: £20.50 over. Staff time: 0.5 days over."], years[1]);

        var (_, current) = await (await app.ClientFor(tenant.Admin.Email)).GetPageAsync($"/organisations/{tenant.Id}/costs");
        Assert.Equal($"Costs and staff time for {ThisYear}", current.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(current.QuerySelector("#over-budget"));
        Assert.Equal(["Staff time", "0.0 days", "Not set", ""], Cells(current.QuerySelector("#total-staff")!));
        Assert.Equal(["Total cost", "£1,250.00", "£3,000.00", "£1,750.00 left"], Cells(current.QuerySelector("#total-cost")!));
        Assert.NotNull(current.QuerySelector($"a[href='/organisations/{tenant.Id}/costs/{ThisYear}/budget']"));
        Assert.NotNull(current.QuerySelector("#no-staff-time"));
    }

    [DbFact]
    public async Task RecordStaffTime_Invalid_ShowsTheErrorSummary_AndValid_AddsItToTheYear()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(tenant.Member.Email);
        var url = $"/organisations/{tenant.Id}/costs/{ThisYear - 1}/staff-time/new";

        var invalid = await member.SubmitFormAsync(url, StaffFields(who: "", quantity: "301", unit: "Days", activity: ""));
        await PageAssert.InvalidAsync(invalid, "Enter who spent the time", "Enter what they did", "Time spent must be more than 0 and no more than 300 days");
        var unreadable = await member.SubmitFormAsync(url, StaffFields(quantity: "three", unit: "Weeks"));
        await PageAssert.InvalidAsync(unreadable, "Enter the time spent as a number, like 3 or 1.5", "Select hours or days");
        Assert.False(await app.WithDbAsync(db => db.StaffTimeEntries.AnyAsync(s => s.OrganisationId == tenant.Id)));

        var response = await member.SubmitFormAsync(url, StaffFields());

        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/costs?year={ThisYear - 1}&done=staff-added");
        var saved = await app.WithDbAsync(db => db.StaffTimeEntries.SingleAsync(s => s.OrganisationId == tenant.Id));
        Assert.Equal((ThisYear - 1, "Claire Evans", 22.2m, TimeUnit.Hours), (saved.Year, saved.Who, saved.Quantity, saved.Unit));
        var (_, page) = await member.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Staff time recorded", page.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("3.0 days", Cells(page.QuerySelector("#total-staff")!)[1]);
    }

    [DbFact]
    public async Task AddCost_Invalid_ShowsTheErrorSummary_AndValid_AcceptsPoundsWithCommas()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(tenant.Member.Email);
        var url = $"/organisations/{tenant.Id}/costs/{ThisYear}/items/new";

        var invalid = await member.SubmitFormAsync(url, CostFields(amount: "12.345", description: ""));
        await PageAssert.InvalidAsync(invalid, "Enter a description", "Enter the amount in pounds and pence, like 1250 or 1250.50");
        var unreadable = await member.SubmitFormAsync(url, CostFields(amount: "lots", kind: "Bribes"));
        await PageAssert.InvalidAsync(unreadable, "Enter the amount as a number, like 1250 or 1250.50", "Select the kind of cost");
        var missing = await member.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.Description"] = "Fee" });
        await PageAssert.InvalidAsync(missing, "Select the kind of cost", "Enter the amount");

        var response = await member.SubmitFormAsync(url, CostFields());

        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/costs?year={ThisYear}&done=cost-added");
        var saved = await app.WithDbAsync(db => db.CostItems.SingleAsync(c => c.OrganisationId == tenant.Id));
        Assert.Equal((ThisYear, CostKind.AssessmentFee, "Full assessment fee", 1250.50m), (saved.Year, saved.Kind, saved.Description, saved.Amount));
    }

    [DbFact]
    public async Task Change_StaffTimeAndACost_SavesThem_AndInvalidShowsTheErrorSummary()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var entry = await AddTimeAsync(tenant, ThisYear, 2m, TimeUnit.Days);
        var item = await AddCostAsync(tenant, ThisYear, 100m, CostKind.Materials, "Printing");
        var member = await app.ClientFor(tenant.Member.Email);
        var root = $"/organisations/{tenant.Id}/costs";

        var (_, form) = await member.GetPageAsync($"{root}/staff-time/{entry.Id}");
        Assert.Equal("2", form.QuerySelector("#Input_Quantity")!.GetAttribute("value"));
        Assert.Null(form.QuerySelector($"a[href='{root}/staff-time/{entry.Id}/delete']"));
        await PageAssert.InvalidAsync(await member.SubmitFormAsync($"{root}/staff-time/{entry.Id}", StaffFields(quantity: "2001")),
            "Time spent must be more than 0 and no more than 2,000 hours");
        PageAssert.RedirectsTo(await member.SubmitFormAsync($"{root}/staff-time/{entry.Id}", StaffFields(who: "Ravi Patel", quantity: "4", unit: "Days")),
            $"{root}?year={ThisYear}&done=staff-saved");
        await PageAssert.InvalidAsync(await member.SubmitFormAsync($"{root}/items/{item.Id}", CostFields(amount: "-5")),
            "The amount must be £0 or more and no more than £10,000,000");
        PageAssert.RedirectsTo(await member.SubmitFormAsync($"{root}/items/{item.Id}", CostFields(amount: "150", kind: "Other", description: "Room hire")),
            $"{root}?year={ThisYear}&done=cost-saved");

        var saved = await app.WithDbAsync(db => db.StaffTimeEntries.SingleAsync(s => s.Id == entry.Id));
        Assert.Equal(("Ravi Patel", 4m, TimeUnit.Days), (saved.Who, saved.Quantity, saved.Unit));
        var cost = await app.WithDbAsync(db => db.CostItems.SingleAsync(c => c.Id == item.Id));
        Assert.Equal((CostKind.Other, "Room hire", 150m), (cost.Kind, cost.Description, cost.Amount));
    }

    [DbFact]
    public async Task Budget_AdminSetsAndChangesTheOneRow_InvalidShowsTheErrorSummary_AndAMembersPostIs403()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var admin = await app.ClientFor(tenant.Admin.Email);
        var member = await app.ClientFor(tenant.Member.Email);
        var url = $"/organisations/{tenant.Id}/costs/{ThisYear}/budget";

        await PageAssert.InvalidAsync(await admin.SubmitFormAsync(url, new() { ["Input.Money"] = "-1", ["Input.StaffDays"] = "10.125" }),
            "The money budget must be £0 or more and no more than £10,000,000", "Enter the staff time budget to no more than 2 decimal places, like 12.5");
        await PageAssert.InvalidAsync(await admin.SubmitFormAsync(url, new() { ["Input.StaffDays"] = "ten" }), "Enter the staff time budget as a number of days, like 12.5");
        var (_, costs) = await member.GetPageAsync($"/organisations/{tenant.Id}/costs");
        var forbidden = await member.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", costs.AntiforgeryToken()), new("Input.Money", "1")]));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.CostBudgets.AnyAsync(b => b.OrganisationId == tenant.Id)));

        var response = await admin.SubmitFormAsync(url, new() { ["Input.Money"] = "6,000", ["Input.StaffDays"] = "40", ["Input.ApprovedBy"] = "Corporate leadership team" });
        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/costs?year={ThisYear}&done=budget");
        await admin.SubmitFormAsync(url, new() { ["Input.Money"] = "6500", ["Input.StaffDays"] = "", ["Input.ApprovedBy"] = "Corporate leadership team" });

        var budget = await app.WithDbAsync(db => db.CostBudgets.SingleAsync(b => b.OrganisationId == tenant.Id));
        Assert.Equal((ThisYear, (decimal?)6500m, (decimal?)null, "Corporate leadership team"), (budget.Year, budget.Money, budget.StaffDays, budget.ApprovedBy));
        var (_, page) = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("£6,500.00", Cells(page.QuerySelector("#total-cost")!)[2]);
    }

    [DbFact]
    public async Task Delete_ByAdmin_RemovesStaffTimeAndCosts_AndAMembersPostIs403()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var entry = await AddTimeAsync(tenant, ThisYear, 1m, TimeUnit.Days);
        var item = await AddCostAsync(tenant, ThisYear, 50m, CostKind.Other, "Refreshments");
        var admin = await app.ClientFor(tenant.Admin.Email);
        var member = await app.ClientFor(tenant.Member.Email);
        var root = $"/organisations/{tenant.Id}/costs";
        var (_, adminPage) = await admin.GetPageAsync($"{root}/items/{item.Id}");
        Assert.NotNull(adminPage.QuerySelector($"a[href='{root}/items/{item.Id}/delete']"));
        var (_, memberPage) = await member.GetPageAsync($"{root}/items/{item.Id}");
        Assert.Null(memberPage.QuerySelector($"a[href='{root}/items/{item.Id}/delete']"));

        var forbidden = await member.PostAsync($"{root}/items/{item.Id}/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", memberPage.AntiforgeryToken())]));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.CostItems.AnyAsync(c => c.Id == item.Id)));

        PageAssert.RedirectsTo(await admin.SubmitFormAsync($"{root}/items/{item.Id}/delete", []), $"{root}?year={ThisYear}&done=cost-deleted");
        PageAssert.RedirectsTo(await admin.SubmitFormAsync($"{root}/staff-time/{entry.Id}/delete", []), $"{root}?year={ThisYear}&done=staff-deleted");

        Assert.False(await app.WithDbAsync(db => db.CostItems.AnyAsync(c => c.OrganisationId == tenant.Id)));
        Assert.False(await app.WithDbAsync(db => db.StaffTimeEntries.AnyAsync(s => s.OrganisationId == tenant.Id)));
        var (_, page) = await admin.GetPageAsync($"{root}?year={ThisYear}&done=cost-deleted");
        Assert.Contains("Cost deleted", page.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#no-years"));
    }

    [DbFact]
    public async Task Download_HasOneRowPerEntryOfEveryYear_NewestYearFirst()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await AddCostAsync(tenant, ThisYear - 1, 2100m, CostKind.AssessmentFee, "=Annual review fee, Centre");
        await AddTimeAsync(tenant, ThisYear - 1, 37m, TimeUnit.Hours);
        await AddTimeAsync(tenant, ThisYear, 2.5m, TimeUnit.Days, "Claire Evans");
        await SetBudgetAsync(tenant, ThisYear - 2, 100m, null);

        var response = await (await app.ClientFor(tenant.Member.Email)).GetAsync($"/organisations/{tenant.Id}/costs?handler=Download");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "year,type,who,role,activity_or_kind,description,hours,days,amount",
            $"{ThisYear},Staff time,Claire Evans,Champions,Evidence,,,2.5,",
            $"{ThisYear - 1},Staff time,Element champions,Champions,Evidence,,37,5,",
            $"{ThisYear - 1},Cost,,,Assessment fee,\"'=Annual review fee, Centre\",,,2100.00",
        ], lines);
    }
}

public sealed class CostsPagesTestsOnSqlite(SqliteApp app) : CostsPagesTests(app), IClassFixture<SqliteApp>;

public sealed class CostsPagesTestsOnPostgres(PostgresApp app) : CostsPagesTests(app), IClassFixture<PostgresApp>;
