using Microsoft.Playwright;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>
/// Issue 8, best practice end to end, switching users: the assessor rates an element Compliance Plus; once the
/// report is released the organisation describes the practice and consents; the standard's owner publishes it;
/// anyone then finds it on the element's page and by searching the library. Every page on the way is scanned with axe.
/// </summary>
public sealed class BestPracticeJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
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
    public async Task CompliancePlus_DescribedAndConsented_Published_AppearsOnTheElementAndInSearch()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        // The assessor rates 2.2.1 Compliance Plus, saying why.
        var assessor = await SignedInAsync(a.Lead);
        await assessor.GotoAsync($"/bodies/{a.Body.Id}/assessments/{a.Id}/ratings/2.2.1");
        await assessor.GetByRole(AriaRole.Group, new() { Name = "Final rating" }).GetByLabel("Compliance Plus").CheckAsync();
        await assessor.GetByLabel("Comment").FillAsync("Young people co-design every leaflet and test it in youth clubs.");
        await ClickAsync(assessor, "Save and continue");
        await assessor.WaitForURLAsync(url => !url.EndsWith("/ratings/2.2.1", StringComparison.Ordinal));
        await app.Data.AdvanceAssessmentAsync(a, AssessmentStage.ReportReleased);

        // The organisation describes the practice and consents to publication.
        var org = await SignedInAsync(a.Organisation.Admin);
        await org.GotoAsync($"/organisations/{a.Organisation.Id}");
        await ClickAsync(org, "Our best-practice cases", AriaRole.Link);
        await Accessibility.AssertNoViolationsAsync(org);
        await org.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("2\\.2\\.1") }).First.ClickAsync();
        await Assertions.Expect(org.Locator("main")).ToContainTextAsync("Young people co-design every leaflet");
        await Accessibility.AssertNoViolationsAsync(org);
        await ClickAsync(org, "Consent to publication");
        await Assertions.Expect(org.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(org);
        await org.GetByLabel("Title", new() { Exact = true }).FillAsync("Leaflets co-designed with young people");
        await org.GetByLabel("What you do").FillAsync("A youth panel of twelve rewrites every leaflet we send to young people and tests the drafts in three youth clubs.");
        await org.GetByLabel("Contact name").FillAsync("Priya Shah");
        await org.GetByLabel("Contact email address").FillAsync("priya.shah@example.org");
        await ClickAsync(org, "Save description");
        await Assertions.Expect(org.Locator(".govuk-notification-banner")).ToBeVisibleAsync();
        await ClickAsync(org, "Consent to publication");
        await Assertions.Expect(org.Locator("main")).ToContainTextAsync("Awaiting moderation");
        await Accessibility.AssertNoViolationsAsync(org);

        // The standard's owner publishes it.
        var owner = await SignedInAsync(await app.Data.CreateStandardOwnerAsync());
        await owner.GotoAsync("/best-practice/moderation");
        await Accessibility.AssertNoViolationsAsync(owner);
        await owner.GetByRole(AriaRole.Link, new() { Name = "Leaflets co-designed with young people" }).First.ClickAsync();
        await Accessibility.AssertNoViolationsAsync(owner);
        await ClickAsync(owner, "Publish");
        await Assertions.Expect(owner.Locator("main")).ToContainTextAsync("Published");

        // Anyone finds it on the element's page and by searching the library.
        var reader = await app.NewPageAsync();
        await reader.GotoAsync("/standard/elements/2.2.1");
        await Accessibility.AssertNoViolationsAsync(reader);
        await ClickAsync(reader, "Leaflets co-designed with young people", AriaRole.Link);
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync("Leaflets co-designed with young people");
        await Assertions.Expect(reader.Locator("main")).ToContainTextAsync("Young people co-design every leaflet");
        await Accessibility.AssertNoViolationsAsync(reader);

        await reader.GotoAsync("/best-practice");
        await reader.GetByLabel("Search words").FillAsync("youth clubs");
        await reader.GetByLabel("Criterion").SelectOptionAsync("2");
        await ClickAsync(reader, "Search");
        await Assertions.Expect(reader.Locator("#result-count")).ToHaveTextAsync("Showing 1 to 1 of 1 case");
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Leaflets co-designed with young people" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(reader);
    }

    [BrowserFact]
    public async Task Library_AnyoneSearchesFiltersAndPages()
    {
        var holder = await app.Data.CreateHolderAsync(compliancePlus: ["1.3.1", "1.3.2", "1.3.3"]);
        foreach (var e in new[] { "1.3.1", "1.3.2", "1.3.3" })
            await app.PublishCaseAsync(holder.Assessment.Id, e, $"Mystery shopping on {e}", $"Volunteer mystery shoppers test our phone lines for element {e}.");

        var reader = await app.NewPageAsync();
        await reader.GotoAsync("/best-practice?query=shoppers&pageSize=2");
        await Assertions.Expect(reader.Locator("#result-count")).ToContainTextAsync("of 3 cases");
        await Accessibility.AssertNoViolationsAsync(reader);
        await reader.GetByRole(AriaRole.Navigation, new() { Name = "Pages of the best-practice library" }).GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await Assertions.Expect(reader.Locator("#result-count")).ToHaveTextAsync("Showing 3 to 3 of 3 cases");

        await reader.GetByLabel("Element").SelectOptionAsync("1.3.2");
        await ClickAsync(reader, "Search");
        await Assertions.Expect(reader.Locator("#result-count")).ToHaveTextAsync("Showing 1 to 1 of 1 case");
        await ClickAsync(reader, "Mystery shopping on 1.3.2", AriaRole.Link);
        await Assertions.Expect(reader.Locator("#contact")).ToContainTextAsync("Sam Patel");
        await Accessibility.AssertNoViolationsAsync(reader);
    }
}
