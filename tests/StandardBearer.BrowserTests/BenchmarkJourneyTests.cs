using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StandardBearer.Core.Organisations;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>
/// Issue 7, benchmarks: the body's admin opens the league table, filters it by sector and sees a joint rank, opens
/// the element heat map, and adds a points scheme the table then names; the standard owner opens the national
/// table; anyone opens the published table. Every page on the way is scanned with axe.
/// </summary>
public sealed class BenchmarkJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> SignedInAsync(TestUser user)
    {
        var page = await app.NewPageAsync();
        await Journeys.SignInAsync(page, user.Email, TestData.Password);
        return page;
    }

    private static Task ClickAsync(IPage page, string name, AriaRole role = AriaRole.Button) =>
        page.GetByRole(role, new() { Name = name, Exact = true }).ClickAsync();

    [BrowserFact]
    public async Task BodyAdmin_FiltersTheLeagueTable_OpensTheHeatMap_AddsAPointsScheme()
    {
        // Six holders; holders 1, 2 and 4 are police forces, and 1 and 2 have the same ratings.
        var b = await app.Data.CreateBenchmarkAsync();
        await app.Data.CopyBenchmarkRatingsAsync(b.Holders[2], b.Holders[1]);
        var police = new[] { b.Holders[1].Id, b.Holders[2].Id, b.Holders[4].Id };
        await app.WithDbAsync(db => db.Organisations.Where(o => police.Contains(o.Id)).ExecuteUpdateAsync(o => o.SetProperty(x => x.Sector, Sector.Police)));

        var admin = await SignedInAsync(b.Body.Admin);
        await admin.GotoAsync($"/bodies/{b.Body.Id}");
        await ClickAsync(admin, "League table and benchmarks", AriaRole.Link);
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("League table");
        await Assertions.Expect(admin.Locator("#league-table tbody tr")).ToHaveCountAsync(6);
        await Accessibility.AssertNoViolationsAsync(admin);

        await admin.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Police" });
        await ClickAsync(admin, "Apply filters");
        await Assertions.Expect(admin.Locator("#league-table tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(admin.Locator("#league-table tbody tr").First).ToContainTextAsync(b.Holders[4].Name);
        await Assertions.Expect(admin.Locator("#league-table tbody tr").Nth(1).Locator("td").First).ToHaveTextAsync("joint =2");
        await Assertions.Expect(admin.Locator("#league-table tbody tr").Nth(2).Locator("td").First).ToHaveTextAsync("joint =2");
        await Assertions.Expect(admin.Locator("#holder-count")).ToHaveTextAsync("3 holders; 3 with no partial compliance");
        await Accessibility.AssertNoViolationsAsync(admin);

        await ClickAsync(admin, "Ratings by element and the elements most often Partial", AriaRole.Link);
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Ratings by element");
        await Assertions.Expect(admin.Locator("#sector")).ToHaveValueAsync("Police");
        await Assertions.Expect(admin.Locator("#heat-map .sb-heat--4").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(admin);

        await admin.GotoAsync($"/bodies/{b.Body.Id}/benchmarks");
        await ClickAsync(admin, "Points schemes", AriaRole.Link);
        await Accessibility.AssertNoViolationsAsync(admin);
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Rewarding excellence");
        var from = admin.GetByRole(AriaRole.Group, new() { Name = "Date the scheme takes effect" });
        await from.GetByLabel("Day").FillAsync("1");
        await from.GetByLabel("Month").FillAsync("1");
        await from.GetByLabel("Year").FillAsync("2026");
        await admin.GetByLabel("Compliance Plus", new() { Exact = true }).FillAsync("ten");
        await ClickAsync(admin, "Add scheme");
        await Assertions.Expect(admin.Locator(".govuk-error-summary")).ToContainTextAsync("Points for Compliance Plus must be a whole number from -100 to 100");
        await Assertions.Expect(admin.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the points for Compliance");
        await Accessibility.AssertNoViolationsAsync(admin);
        await admin.GetByLabel("Compliance Plus", new() { Exact = true }).FillAsync("10");
        await admin.GetByLabel("Compliance", new() { Exact = true }).FillAsync("2");
        await admin.GetByLabel("Partial Compliance", new() { Exact = true }).FillAsync("0");
        await admin.GetByLabel("Non-Compliance", new() { Exact = true }).FillAsync("-5");
        await ClickAsync(admin, "Add scheme");
        await Assertions.Expect(admin.Locator(".govuk-notification-banner")).ToContainTextAsync("Points scheme added");
        await Assertions.Expect(admin.Locator("#schemes")).ToContainTextAsync("In force");
        await Accessibility.AssertNoViolationsAsync(admin);

        await ClickAsync(admin, "Back to the league table", AriaRole.Link);
        await Assertions.Expect(admin.Locator("#points-description")).ToContainTextAsync("Points are from the scheme “Rewarding excellence”, in force from 1 January 2026");
        await Accessibility.AssertNoViolationsAsync(admin);
    }

    [BrowserFact]
    public async Task StandardOwner_OpensTheNationalTable_PublicSeesThePublishedTable()
    {
        var published = await app.Data.CreateBenchmarkAsync(holders: 5, sector: Sector.FurtherEducation, region: Region.WestMidlands, published: true);
        var owner = await SignedInAsync(await app.Data.CreateStandardOwnerAsync());

        await owner.GotoAsync("/admin");
        await ClickAsync(owner, "National league table", AriaRole.Link);
        await Assertions.Expect(owner.Locator("h1")).ToHaveTextAsync("National league table");
        await Accessibility.AssertNoViolationsAsync(owner);
        await owner.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Further education" });
        await owner.GetByLabel("Region").SelectOptionAsync(new SelectOptionValue { Label = "West Midlands" });
        await ClickAsync(owner, "Apply filters");
        await Assertions.Expect(owner.Locator("#league-table tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(owner.Locator("#league-table tbody tr").First).ToContainTextAsync(published.Body.Name);
        await Accessibility.AssertNoViolationsAsync(owner);
        await ClickAsync(owner, "Ratings by element and the elements most often Partial", AriaRole.Link);
        await Assertions.Expect(owner.Locator("#most-often-partial tbody tr")).ToHaveCountAsync(1);
        await Accessibility.AssertNoViolationsAsync(owner);

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/register");
        await visitor.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "published league table" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("Published league table");
        await Accessibility.AssertNoViolationsAsync(visitor);
        await visitor.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Further education" });
        await visitor.GetByLabel("Region").SelectOptionAsync(new SelectOptionValue { Label = "West Midlands" });
        await ClickAsync(visitor, "Apply filters");
        await Assertions.Expect(visitor.Locator("#league-table tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(visitor.Locator("#league-table tbody tr").First).ToContainTextAsync(published.Holders[4].Name);
        await Accessibility.AssertNoViolationsAsync(visitor);
        await visitor.GetByLabel("Region").SelectOptionAsync(new SelectOptionValue { Label = "Northern Ireland" });
        await ClickAsync(visitor, "Apply filters");
        await Assertions.Expect(visitor.Locator("#suppressed")).ToHaveTextAsync("Fewer than 5 organisations in this group have agreed to publish their results, so none are shown.");
        await Accessibility.AssertNoViolationsAsync(visitor);
    }
}
