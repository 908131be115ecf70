using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>
/// Issue 8, skills inside an organisation: a member who leads an element adds a learning activity linked to it, sees it
/// in the log's totals, then opens "My elements" and finds the element there. Every page on the way is scanned with axe.
/// </summary>
public sealed class SkillsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task Member_AddsALearningActivity_SeesItInTheTotals_AndOpensMyElements()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var record = await app.Data.StartSelfAssessmentAsync(tenant.Id);
        await app.WithServicesAsync(sp => sp.GetRequiredService<SelfAssessmentService>().UpdateElementAsync(tenant.Id, record.Id, "2.2.1",
            new UpdateElementRequest { OwnerUserId = tenant.Member.Id, ExpectedVersion = 0 }, TestData.ActorFor(tenant.Admin)));
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);

        var page = await app.NewPageAsync();
        await Journeys.SignInAsync(page, tenant.Member.Email, TestData.Password);
        await page.GotoAsync($"/organisations/{tenant.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Learning log", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Learning log");
        await Assertions.Expect(page.Locator("#empty-log")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a learning activity" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add activity" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the kind of activity");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Training", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Title").FillAsync("Customer care refresher for the visitor centre");
        var when = page.GetByRole(AriaRole.Group, new() { Name = "Date of the activity" });
        await when.GetByLabel("Day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await when.GetByLabel("Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await when.GetByLabel("Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("People or teams who took part").FillAsync("Visitor centre team (9 people)");
        await page.GetByLabel("Hours").FillAsync("3.5");
        await page.GetByLabel("Elements of the standard (optional)").FillAsync("2.2.1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add activity" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Learning activity added");
        await Assertions.Expect(page.Locator("#activities tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#totals-sentence")).ToHaveTextAsync("1 activity, 3.5 hours in all.");
        var row = page.Locator("#element-totals tbody tr").Filter(new() { HasText = "2.2.1" });
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("1");
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("3.5");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My elements", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("My elements");
        var mine = page.Locator("#my-elements tbody tr");
        await Assertions.Expect(mine).ToHaveCountAsync(1);
        await Assertions.Expect(mine.First).ToContainTextAsync("2.2.1");
        await Assertions.Expect(mine.First).ToContainTextAsync("Lead owner");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
