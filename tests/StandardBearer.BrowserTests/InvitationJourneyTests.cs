using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StandardBearer.Core.Demo;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>An admin invites a colleague, who follows the emailed link, sets a password and arrives in the organisation.</summary>
public sealed partial class InvitationJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [GeneratedRegex(@"https?://[^\s]+/account/accept-invitation\?token=[A-Za-z0-9_%\-]+")]
    private static partial Regex Link();

    [BrowserFact]
    public async Task Admin_InvitesColleague_ColleagueJoinsTheOrganisation()
    {
        var admin = await app.NewPageAsync();
        await Journeys.SignInAsync(admin, "admin@riverside.example", DemoSeeder.Password);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Riverside Borough Council" }).First.ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Users and invitations" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Invite a user" }).ClickAsync();

        // First without choosing a role: the error summary must appear and be accessible.
        await admin.GetByLabel("Email address").FillAsync("new.officer@riverside.example");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".govuk-error-summary")).ToContainTextAsync("Select a role");
        await Accessibility.AssertNoViolationsAsync(admin);

        await admin.GetByLabel("Organisation member").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".govuk-notification-banner")).ToContainTextAsync("Invitation sent");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("new.officer@riverside.example");
        await Accessibility.AssertNoViolationsAsync(admin);

        // The development outbox stands in for the colleague's inbox.
        var colleague = await app.NewPageAsync();
        await colleague.GotoAsync("/dev/outbox");
        await Accessibility.AssertNoViolationsAsync(colleague);
        var body = await colleague.Locator(".govuk-summary-card", new() { HasText = "new.officer@riverside.example" }).First.InnerTextAsync();
        var link = Link().Match(body).Value;
        Assert.NotEmpty(link);

        await colleague.GotoAsync(link);
        await Assertions.Expect(colleague.Locator("h1")).ToHaveTextAsync("Join Riverside Borough Council");
        await Accessibility.AssertNoViolationsAsync(colleague);
        await colleague.GetByLabel("Full name").FillAsync("Nadia Officer");
        await colleague.GetByLabel("Create a password").FillAsync("riverside bridges at dawn");
        await colleague.GetByLabel("Confirm password").FillAsync("riverside bridges at dawn");
        await colleague.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Assertions.Expect(colleague.Locator("h1")).ToHaveTextAsync("Welcome, Nadia Officer");
        await colleague.GetByRole(AriaRole.Link, new() { Name = "Riverside Borough Council" }).First.ClickAsync();
        await Assertions.Expect(colleague.Locator("h1")).ToHaveTextAsync("Riverside Borough Council");
        await Accessibility.AssertNoViolationsAsync(colleague);
    }

    [BrowserFact]
    public async Task Owner_AddsAnOrganisation_WithItsFirstAdminInvited()
    {
        var owner = await app.NewPageAsync();
        await Journeys.SignInAsync(owner, "owner@cse-centre.example", DemoSeeder.Password);
        await owner.GotoAsync("/admin/organisations/new");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(owner);

        await owner.GetByLabel("Name", new() { Exact = true }).FillAsync("Lakeland Housing Trust");
        await owner.GetByLabel("Sector").SelectOptionAsync("Housing");
        await owner.GetByLabel("Region").SelectOptionAsync("NorthWest");
        await owner.GetByLabel("250 to 999 staff").CheckAsync();
        await owner.GetByLabel("Email address of the organisation's first admin").FillAsync("ceo@lakeland-housing.example");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();

        await Assertions.Expect(owner.Locator(".govuk-notification-banner")).ToContainTextAsync("Lakeland Housing Trust added");
        await Assertions.Expect(owner.Locator("main")).ToContainTextAsync("Housing, North West");
        await Accessibility.AssertNoViolationsAsync(owner);
    }
}
