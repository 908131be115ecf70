using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StandardBearer.Core.Costs;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>
/// Issue 9, cost and effort: an organisation admin sets the year's budget, records staff time in days and in hours and
/// the assessment fee, and sees the totals against the budget with the over-budget warning. Every page on the way is
/// scanned with axe. <see cref="RecordCostsAsync"/> is the recording part, for other journeys (the board report) to reuse.
/// </summary>
public sealed class CostsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>The warning <see cref="RecordCostsAsync"/>'s figures give: both budgets exceeded.</summary>
    public const string OverBudgetSentences =
        "Costs of £2,400.00 are £400.00 over the budget of £2,000.00. Staff time of 3.5 days is 0.5 days over the budget of 3.0 days.";

    /// <summary>
    /// On a page signed in as an admin of <paramref name="organisationId"/>: sets <paramref name="year"/>'s budget
    /// (£2,000 and 3 days, approved by the corporate leadership team), records 2 days of the CSE lead's time and
    /// 11.1 hours (1.5 days) of the element champions', and the £2,400 assessment fee. Over both budgets, by £400.00
    /// and 0.5 days. Ends on the costs page for the year; <paramref name="onEachPage"/> runs on every page it fills in.
    /// </summary>
    public static async Task RecordCostsAsync(IPage page, Guid organisationId, int year, Func<IPage, Task>? onEachPage = null)
    {
        var check = onEachPage ?? (_ => Task.CompletedTask);
        await page.GotoAsync($"/organisations/{organisationId}/costs?year={year.ToString(CultureInfo.InvariantCulture)}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Set the budget" }).ClickAsync();
        await check(page);
        await page.GetByLabel("Money budget (optional)").FillAsync("2000");
        await page.GetByLabel("Staff time budget (optional)").FillAsync("3");
        await page.GetByLabel("Approved by (optional)").FillAsync("Corporate leadership team");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save budget" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Budget saved");

        await RecordStaffTimeAsync(page, "Claire Evans", "CSE lead", "Coordinating the self-assessment and the evidence library", "2", "Days", check);
        await RecordStaffTimeAsync(page, "Element champions (4 people)", "Element champions", "Writing self-assessment statements", "11.1", "Hours", check);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a cost" }).ClickAsync();
        await check(page);
        await page.GetByLabel("Assessment fee", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Description").FillAsync("Full assessment fee, Centre for Assessment");
        await page.GetByLabel("Amount").FillAsync("2,400");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add cost" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Cost added");
    }

    private static async Task RecordStaffTimeAsync(IPage page, string who, string role, string activity, string quantity, string unit, Func<IPage, Task> check)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Record staff time" }).ClickAsync();
        await check(page);
        await page.GetByLabel("Who spent the time").FillAsync(who);
        await page.GetByLabel("Role", new() { Exact = true }).FillAsync(role);
        await page.GetByLabel("What they did").FillAsync(activity);
        await page.GetByLabel("Time spent").FillAsync(quantity);
        await page.GetByLabel(unit, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record staff time" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Staff time recorded");
    }

    [BrowserFact]
    public async Task Admin_SetsABudget_RecordsStaffTimeAndTheFee_AndSeesTheTotalsOverBudget()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var year = DateTime.UtcNow.Year;

        var page = await app.NewPageAsync();
        await Journeys.SignInAsync(page, tenant.Admin.Email, TestData.Password);
        await page.GotoAsync($"/organisations/{tenant.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Costs and staff time", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Costs and staff time for {year}");
        await Assertions.Expect(page.Locator("#no-staff-time")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Record staff time" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record staff time" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter who spent the time");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select hours or days");
        await Accessibility.AssertNoViolationsAsync(page);

        await RecordCostsAsync(page, tenant.Id, year, Accessibility.AssertNoViolationsAsync);

        await Assertions.Expect(page.Locator("#over-budget")).ToContainTextAsync($"Over budget in {year}. {OverBudgetSentences}");
        await Assertions.Expect(page.Locator("#total-staff td")).ToHaveTextAsync(["3.5 days", "3.0 days", "0.5 days over"]);
        await Assertions.Expect(page.Locator("#total-cost td")).ToHaveTextAsync(["£2,400.00", "£2,000.00", "£400.00 over"]);
        await Assertions.Expect(page.Locator("#staff-time tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#years tbody tr")).ToHaveCountAsync(1);
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Equal(3.5m, (await app.WithDbAsync(db => CostQueries.YearAsync(db, tenant.Id, year))).StaffDays);
        Assert.Equal(2, await app.WithDbAsync(db => db.StaffTimeEntries.CountAsync(s => s.OrganisationId == tenant.Id)));
    }
}
