using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StandardBearer.Core.Organisations;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>
/// Issue 7, the organisation's benchmark: its admin reads the position as a board would quote it with the chart and
/// its table, narrows to a peer group too small to show, looks at the trend and agrees to the public table. Every page
/// on the way is scanned with axe.
/// </summary>
public sealed class OrganisationBenchmarkJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task Admin_ReadsPosition_FiltersToATooSmallGroup_OpensTrend_AndConsents()
    {
        // Six Police holders of one body; two of them move to Health, so only four are Police.
        var bench = await app.Data.CreateBenchmarkAsync(6, sector: Sector.Police);
        var moved = bench.Holders.Skip(1).Take(2).Select(h => h.Id).ToList();
        await app.WithDbAsync(db => db.Organisations.Where(o => moved.Contains(o.Id)).ExecuteUpdateAsync(o => o.SetProperty(x => x.Sector, Sector.Health)));
        await app.Data.AddHistoricalResultAsync(bench.Holder.Id, bench.Body.Id, new DateOnly(DateTime.UtcNow.Year - 3, 6, 1), compliancePlus: 2);

        var page = await app.NewPageAsync();
        await Journeys.SignInAsync(page, bench.Holder.Admin.Email, TestData.Password);
        await page.GotoAsync($"/organisations/{bench.Holder.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Benchmark position", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your benchmark position");
        await Assertions.Expect(page.Locator("#position-sentence")).ToContainTextAsync("6th of 6 organisations");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "How points are spread across the 6 organisations" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#distribution tbody tr").Filter(new() { HasText = "Your organisation is in this range" })).ToHaveCountAsync(1);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Police" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show position" }).ClickAsync();
        await Assertions.Expect(page.Locator("#suppressed")).ToHaveTextAsync(
            "Fewer than 5 organisations are in this group, so we cannot show figures without identifying them.");
        await Assertions.Expect(page.Locator("main svg")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "See how your points and rank have changed each year" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your benchmark position over the years");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Points each year, with rank" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#trend tbody tr").Last).ToContainTextAsync("6th of 6");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Change whether your results are published" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your results will be published in the public benchmark table");
        await Assertions.Expect(page.Locator("#consent-state")).ToContainTextAsync("You have agreed to publish");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
