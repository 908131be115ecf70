using Microsoft.Playwright;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>
/// Issue 6, the certificate over time: the body's admin finds the certificate, suspends it with a reason and sees
/// the history line; the organisation sees it suspended; the body adds a predecessor award and "held since" counts it.
/// Every page on the way is scanned with axe.
/// </summary>
public sealed class CertificateJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator Group(IPage page, string legend) => page.GetByRole(AriaRole.Group, new() { Name = legend });

    private async Task<IPage> SignedInAsync(TestUser user)
    {
        var page = await app.NewPageAsync();
        await Journeys.SignInAsync(page, user.Email, TestData.Password);
        return page;
    }

    private static Task ClickAsync(IPage page, string name, AriaRole role = AriaRole.Button) =>
        page.GetByRole(role, new() { Name = name, Exact = true }).ClickAsync();

    [BrowserFact]
    public async Task SuspendWithAReason_OrganisationSeesIt_PredecessorAwardCountsTowardsHeldSince()
    {
        var (a, _, number) = await app.Data.CreateCertificateAsync(partial: ["1.1.2"]);

        // The body's admin finds the certificate and suspends it.
        var admin = await SignedInAsync(a.Body.Admin);
        await admin.GotoAsync($"/bodies/{a.Body.Id}");
        await ClickAsync(admin, "Certificates", AriaRole.Link);
        await Accessibility.AssertNoViolationsAsync(admin);
        await ClickAsync(admin, number, AriaRole.Link);
        await Assertions.Expect(admin.Locator("#review-plan")).ToContainTextAsync("Partial Compliance at the last visit");
        await Accessibility.AssertNoViolationsAsync(admin);
        await ClickAsync(admin, "Change status", AriaRole.Link);
        await Accessibility.AssertNoViolationsAsync(admin);
        await ClickAsync(admin, "Change status");
        await Assertions.Expect(admin.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the reason for the change");
        await Accessibility.AssertNoViolationsAsync(admin);
        await admin.GetByLabel("Suspend", new() { Exact = true }).CheckAsync();
        await admin.GetByLabel("Reason").FillAsync("The first annual review is three months overdue.");
        await ClickAsync(admin, "Change status");
        await Assertions.Expect(admin.Locator(".govuk-notification-banner")).ToContainTextAsync("Certificate status changed to suspended");
        await Assertions.Expect(admin.Locator("#history tbody tr").First).ToContainTextAsync("three months overdue");
        await Assertions.Expect(admin.Locator("#certificate-status")).ToContainTextAsync("Suspended");
        await Accessibility.AssertNoViolationsAsync(admin);

        // The other body pages: the review plan, the listing and the list filtered by status.
        await ClickAsync(admin, "Adjust the review plan", AriaRole.Link);
        await Assertions.Expect(admin.Locator("#visit-1-1-2-hint")).ToContainTextAsync("Partial Compliance at the last visit");
        await Accessibility.AssertNoViolationsAsync(admin);
        await admin.GoBackAsync();
        await ClickAsync(admin, "Listing on the public register", AriaRole.Link);
        await Accessibility.AssertNoViolationsAsync(admin);
        await admin.GotoAsync($"/bodies/{a.Body.Id}/certificates?status=Suspended");
        await Assertions.Expect(admin.Locator("#certificates")).ToContainTextAsync(number);
        await Accessibility.AssertNoViolationsAsync(admin);

        // The organisation sees it suspended.
        var org = await SignedInAsync(a.Organisation.Admin);
        await org.GotoAsync($"/organisations/{a.Organisation.Id}/assessments");
        await Accessibility.AssertNoViolationsAsync(org);
        await ClickAsync(org, number, AriaRole.Link);
        await Assertions.Expect(org.Locator("#certificate-status")).ToContainTextAsync("Suspended");
        await Assertions.Expect(org.Locator(".govuk-warning-text")).ToContainTextAsync("not currently valid");
        await Accessibility.AssertNoViolationsAsync(org);

        // The body enters the organisation's Charter Mark, and held since goes back to 1997.
        await admin.GotoAsync($"/bodies/{a.Body.Id}/clients");
        await Accessibility.AssertNoViolationsAsync(admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = $"Predecessor awards of {a.Organisation.Name}" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(admin);
        await admin.GetByLabel("Name of the award").FillAsync("Charter Mark");
        var first = Group(admin, "Date first held");
        await first.GetByLabel("Day").FillAsync("31");
        await first.GetByLabel("Month").FillAsync("2");
        await first.GetByLabel("Year").FillAsync("1997");
        await ClickAsync(admin, "Add award");
        await Assertions.Expect(admin.Locator(".govuk-error-summary")).ToContainTextAsync("Date first held must be a real date");
        await Accessibility.AssertNoViolationsAsync(admin);
        await first.GetByLabel("Day").FillAsync("1");
        await first.GetByLabel("Month").FillAsync("4");
        await ClickAsync(admin, "Add award");
        await Assertions.Expect(admin.Locator(".govuk-notification-banner")).ToContainTextAsync("Predecessor award added");
        await Assertions.Expect(admin.Locator("#held-since")).ToContainTextAsync("Held since 1997 (Charter Mark from 1997");
        await Accessibility.AssertNoViolationsAsync(admin);

        await org.GotoAsync($"/organisations/{a.Organisation.Id}");
        await Assertions.Expect(org.Locator("#held-since")).ToContainTextAsync("Held since 1997");
        await Accessibility.AssertNoViolationsAsync(org);
    }
}
