using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StandardBearer.Core.Centre;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>
/// Issue 8, lessons for the centre: a user sends feedback on an element, the standard owner opens the dashboard,
/// finds the feedback and marks it under review, and the sender sees the new status. Every page on the way is
/// scanned with axe.
/// </summary>
public sealed class CentreJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
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
    public async Task Feedback_SentByAUser_MarkedUnderReviewByTheOwner_AndTheSenderSeesIt_OwnerOpensTheDashboard()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var text = $"Say whether online panels count. {Guid.NewGuid():N}";

        var sender = await SignedInAsync(organisation.Member);
        await sender.GotoAsync("/standard/elements/1.2.1/feedback");
        await Assertions.Expect(sender.Locator("h1")).ToHaveTextAsync("Give feedback on this element");
        await Accessibility.AssertNoViolationsAsync(sender);
        await ClickAsync(sender, "Send feedback");
        await Assertions.Expect(sender.Locator(".govuk-error-summary")).ToContainTextAsync("Select what kind of feedback this is");
        await Assertions.Expect(sender.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your feedback");
        await Accessibility.AssertNoViolationsAsync(sender);
        await sender.GetByLabel("Unclear wording").CheckAsync();
        await sender.GetByLabel("Your feedback").FillAsync(text);
        await ClickAsync(sender, "Send feedback");
        await Assertions.Expect(sender.Locator(".govuk-notification-banner")).ToContainTextAsync("Your feedback has been sent");
        await Assertions.Expect(sender.Locator("#feedback .govuk-tag")).ToHaveTextAsync("New");
        await Accessibility.AssertNoViolationsAsync(sender);
        var id = await app.WithDbAsync(db => db.Set<StandardFeedback>().Where(f => f.Text == text).Select(f => f.Id).SingleAsync());

        var owner = await SignedInAsync(await app.Data.CreateStandardOwnerAsync());
        await owner.GotoAsync("/admin");
        await ClickAsync(owner, "Lessons for the centre: dashboard and feedback on the standard", AriaRole.Link);
        await Assertions.Expect(owner.Locator("h1")).ToHaveTextAsync("Lessons for the centre");
        await Assertions.Expect(owner.Locator("svg[aria-labelledby='status-heading']")).ToBeVisibleAsync();
        // The browser app seeds the demo, whose holders fill the top-five lists; the holder made here is among the elements' counts.
        await Assertions.Expect(owner.Locator("#compliance-plus tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(owner.Locator("#elements tbody tr")).ToHaveCountAsync(57);
        await Accessibility.AssertNoViolationsAsync(owner);

        await ClickAsync(owner, "Feedback on the standard", AriaRole.Link);
        await Assertions.Expect(owner.Locator("h1")).ToHaveTextAsync("Feedback on the standard");
        await owner.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "New" });
        await ClickAsync(owner, "Apply filters");
        await Assertions.Expect(owner.Locator("#feedback")).ToContainTextAsync(text);
        await Accessibility.AssertNoViolationsAsync(owner);
        await owner.Locator($"#feedback a[href='/centre/feedback/{id}']").ClickAsync();
        await Assertions.Expect(owner.Locator("h1")).ToHaveTextAsync("Feedback on element 1.2.1");
        await Accessibility.AssertNoViolationsAsync(owner);
        await owner.GetByLabel("Declined").CheckAsync();
        await ClickAsync(owner, "Save");
        await Assertions.Expect(owner.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the reason for declining the feedback");
        await Accessibility.AssertNoViolationsAsync(owner);
        await owner.GetByLabel("Under review").CheckAsync();
        await ClickAsync(owner, "Save");
        await Assertions.Expect(owner.Locator(".govuk-notification-banner")).ToContainTextAsync("Feedback updated");
        await Accessibility.AssertNoViolationsAsync(owner);

        await sender.GotoAsync("/account");
        await ClickAsync(sender, "Your feedback on the standard", AriaRole.Link);
        await Assertions.Expect(sender.Locator("#feedback .govuk-tag")).ToHaveTextAsync("Under review");
        await Accessibility.AssertNoViolationsAsync(sender);
    }
}
