using Microsoft.Playwright;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>
/// Issue 5 end to end, switching users: the organisation applies; the body accepts and assigns; the assessor
/// reviews and asks for evidence; the organisation answers; the assessor plans the visit, records a note and rates
/// every element; the organisation reads the draft and comments; another body user certifies; the organisation
/// sees its certificate. Every page on the way is scanned with axe.
/// </summary>
public sealed class AssessmentJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator Group(IPage page, string legend) => page.GetByRole(AriaRole.Group, new() { Name = legend });

    private static async Task FillDateAsync(IPage page, string legend, DateOnly date)
    {
        var group = Group(page, legend);
        await group.GetByLabel("Day").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<IPage> SignedInAsync(TestUser user)
    {
        var page = await app.NewPageAsync();
        await Journeys.SignInAsync(page, user.Email, TestData.Password);
        return page;
    }

    private static Task ClickAsync(IPage page, string name, AriaRole role = AriaRole.Button) =>
        page.GetByRole(role, new() { Name = name, Exact = true }).ClickAsync();

    /// <summary>The print stylesheet: the service's header, navigation, footer and buttons go; the content stays.</summary>
    private static async Task AssertPrintsCleanlyAsync(IPage page, string content)
    {
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var chrome in new[] { ".govuk-header", ".govuk-service-navigation", ".govuk-footer", ".govuk-phase-banner", ".govuk-back-link" })
            await Assertions.Expect(page.Locator(chrome)).ToBeHiddenAsync();
        foreach (var action in await page.Locator(".sb-no-print, main .govuk-button").AllAsync())
            await Assertions.Expect(action).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main").GetByText(content).First).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
    }

    /// <summary>Saves a rating and waits for the next element's page, so the next click cannot land on the old one.</summary>
    private static async Task SaveAndContinueAsync(IPage page)
    {
        var before = page.Url;
        await ClickAsync(page, "Save and continue");
        await page.WaitForURLAsync(url => url != before);
    }

    [BrowserFact]
    public async Task FromApplicationToCertificate()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync("Dales National Park Authority");
        var body = await app.Data.CreateBodyWithUsersAsync("Pennine Certification");
        await app.Data.StartSelfAssessmentAsync(organisation.Id);
        await app.Data.CreateEvidenceAsync(organisation.Id, "Visitor survey 2026", linkToElement: "1.1.1");
        await app.Data.CreateEvidenceAsync(organisation.Id, "Complaints log, quarter 3");
        var visit = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);

        // The organisation applies.
        var org = await SignedInAsync(organisation.Admin);
        await org.GotoAsync($"/organisations/{organisation.Id}");
        await ClickAsync(org, "Assessments and certificates", AriaRole.Link);
        await Accessibility.AssertNoViolationsAsync(org);
        await ClickAsync(org, "Apply for an assessment", AriaRole.Link);
        await Accessibility.AssertNoViolationsAsync(org);
        await ClickAsync(org, "Apply");
        await Assertions.Expect(org.Locator(".govuk-error-summary")).ToContainTextAsync("Select a certification body");
        await Accessibility.AssertNoViolationsAsync(org);
        await org.GetByLabel("Certification body").SelectOptionAsync(new SelectOptionValue { Label = "Pennine Certification" });
        await org.GetByLabel("Initial assessment").CheckAsync();
        await org.GetByLabel("The whole organisation").CheckAsync();
        await org.GetByLabel("Sites", new() { Exact = true }).FillAsync("Park headquarters and the Malham visitor centre");
        await org.GetByLabel("Number of staff").FillAsync("180");
        await ClickAsync(org, "Apply");
        await Assertions.Expect(org.Locator(".govuk-notification-banner")).ToContainTextAsync("Application sent to Pennine Certification");
        await Accessibility.AssertNoViolationsAsync(org);
        var orgHub = new Uri(org.Url).AbsolutePath;
        var assessmentId = orgHub.Split('/').Last();
        var bodyHub = $"/bodies/{body.Id}/assessments/{assessmentId}";

        // The body accepts, assigns its assessor and agrees dates.
        var admin = await SignedInAsync(body.Admin);
        await admin.GotoAsync($"/bodies/{body.Id}/assessments");
        await Accessibility.AssertNoViolationsAsync(admin);
        await admin.GotoAsync(bodyHub);
        await Accessibility.AssertNoViolationsAsync(admin);
        await ClickAsync(admin, "Accept or decline the application", AriaRole.Link);
        await Accessibility.AssertNoViolationsAsync(admin);
        await admin.GetByLabel("Accept", new() { Exact = true }).CheckAsync();
        await ClickAsync(admin, "Continue");
        await ClickAsync(admin, "Assign assessors", AriaRole.Link);
        await Accessibility.AssertNoViolationsAsync(admin);
        await Group(admin, "Lead assessor").GetByLabel("Test Assessor").CheckAsync();
        await ClickAsync(admin, "Assign assessors");
        await ClickAsync(admin, "Agree dates", AriaRole.Link);
        await Accessibility.AssertNoViolationsAsync(admin);
        await FillDateAsync(admin, "Document review", visit.AddDays(-14));
        await FillDateAsync(admin, "First day of the visit", visit);
        await FillDateAsync(admin, "Last day of the visit", visit);
        await ClickAsync(admin, "Save dates");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("Test Assessor");

        // The assessor reviews 1.1.1 and asks for more evidence on 4.2.1.
        var assessor = await SignedInAsync(body.Member);
        await assessor.GotoAsync(bodyHub);
        await ClickAsync(assessor, "Desktop review", AriaRole.Link);
        await Accessibility.AssertNoViolationsAsync(assessor);
        await assessor.GetByRole(AriaRole.Link, new() { Name = "1.1.1" }).First.ClickAsync();
        await Assertions.Expect(assessor.Locator("main")).ToContainTextAsync("Visitor survey 2026");
        await Accessibility.AssertNoViolationsAsync(assessor);
        await Group(assessor, "Provisional rating").GetByLabel("Compliance", new() { Exact = true }).CheckAsync();
        await assessor.GetByLabel("Review note").FillAsync("Survey covers all visitor groups; check how results reach the board.");
        await assessor.GetByLabel("Mark as reviewed").CheckAsync();
        await ClickAsync(assessor, "Save");
        await Assertions.Expect(assessor.Locator(".govuk-notification-banner")).ToContainTextAsync("Review of element 1.1.1 saved");
        await assessor.GotoAsync($"{bodyHub}/requests/new?element=4.2.1");
        await Accessibility.AssertNoViolationsAsync(assessor);
        await assessor.GetByLabel("What should the organisation provide?").FillAsync("Please provide your complaints log for the last quarter.");
        await FillDateAsync(assessor, "When is it due?", visit.AddDays(-7));
        await ClickAsync(assessor, "Send request");
        await Assertions.Expect(assessor.Locator("main")).ToContainTextAsync("complaints log for the last quarter");

        // The organisation answers from its task list.
        await org.GotoAsync($"/organisations/{organisation.Id}/self-assessment");
        await org.GetByRole(AriaRole.Link, new() { Name = "Element 4.2.1" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(org);
        await org.GetByLabel("Your answer").FillAsync("Our complaints log for July to September is attached.");
        await org.GetByLabel("Complaints log, quarter 3").CheckAsync();
        await ClickAsync(org, "Send answer");
        await Assertions.Expect(org.Locator(".govuk-notification-banner")).ToContainTextAsync("Your answer has been sent");
        await Accessibility.AssertNoViolationsAsync(org);

        // The assessor sees the answer, plans a session, records a note and rates every element.
        await assessor.GotoAsync($"{bodyHub}/requests");
        await Assertions.Expect(assessor.Locator("main")).ToContainTextAsync("Our complaints log for July to September is attached.");
        await Accessibility.AssertNoViolationsAsync(assessor);
        await assessor.GotoAsync($"{bodyHub}/visit");
        await Accessibility.AssertNoViolationsAsync(assessor);
        await ClickAsync(assessor, "Add a session");
        await Accessibility.AssertNoViolationsAsync(assessor);
        await FillDateAsync(assessor, "Date", visit);
        await assessor.GetByLabel("Start time").FillAsync("10:00");
        await assessor.GetByLabel("End time").FillAsync("11:00");
        await assessor.GetByLabel("Place").FillAsync("Malham visitor centre");
        await assessor.GetByLabel("Interview with customers").CheckAsync();
        await assessor.GetByLabel("Who takes part (optional)").FillAsync("Six visitors (not named)");
        await assessor.GetByLabel("Elements this session tests (optional)").FillAsync("1.1.1, 4.2.1");
        await ClickAsync(assessor, "Add session");
        await Assertions.Expect(assessor.Locator("main")).ToContainTextAsync("Malham visitor centre");
        await AssertPrintsCleanlyAsync(assessor, "Malham visitor centre");
        await assessor.GetByRole(AriaRole.Link, new() { Name = "Record notes" }).First.ClickAsync();
        await Accessibility.AssertNoViolationsAsync(assessor);
        await assessor.GetByLabel("Element", new() { Exact = true }).SelectOptionAsync("1.1.1");
        await assessor.GetByLabel("Note", new() { Exact = true }).FillAsync("Visitors described the survey and how the park acted on it.");
        await ClickAsync(assessor, "Save note");
        await Assertions.Expect(assessor.Locator(".govuk-notification-banner")).ToContainTextAsync("Note recorded");

        await assessor.GotoAsync($"{bodyHub}/ratings");
        await Accessibility.AssertNoViolationsAsync(assessor);
        await assessor.GetByRole(AriaRole.Link, new() { Name = "1.1.1" }).First.ClickAsync();
        await Accessibility.AssertNoViolationsAsync(assessor);
        await Group(assessor, "Final rating").GetByLabel("Compliance Plus").CheckAsync();
        await ClickAsync(assessor, "Save and continue");
        await Assertions.Expect(assessor.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(assessor);
        await assessor.GetByLabel("Comment").FillAsync("Every visitor group is surveyed each year and results shape the park plan.");
        await SaveAndContinueAsync(assessor);
        for (var i = 0; i < 56; i++)
        {
            await Group(assessor, "Final rating").GetByLabel("Compliance", new() { Exact = true }).CheckAsync();
            await SaveAndContinueAsync(assessor);
        }
        await Assertions.Expect(assessor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/ratings(\\?|$)"));
        await Assertions.Expect(assessor.Locator("main")).ToContainTextAsync("57 of 57");

        await assessor.GotoAsync($"{bodyHub}/summary");
        await Accessibility.AssertNoViolationsAsync(assessor);
        await assessor.GetByLabel("Summary of strengths").FillAsync("A strong culture of listening to visitors.");
        await assessor.GetByLabel("Areas for continuous improvement").FillAsync("Publish performance against standards on site.");
        await ClickAsync(assessor, "Save summary");
        await assessor.GotoAsync($"{bodyHub}/release");
        await Accessibility.AssertNoViolationsAsync(assessor);
        await ClickAsync(assessor, "Release the report");
        await assessor.GotoAsync($"{bodyHub}/report");
        await Accessibility.AssertNoViolationsAsync(assessor);

        // The organisation reads the draft and sends a factual-accuracy comment.
        await org.GotoAsync(orgHub);
        await ClickAsync(org, "Draft assessment report", AriaRole.Link);
        await Assertions.Expect(org.Locator("main")).ToContainTextAsync("A strong culture of listening to visitors.");
        await Accessibility.AssertNoViolationsAsync(org);
        await AssertPrintsCleanlyAsync(org, "A strong culture of listening to visitors.");
        await org.GetByLabel("Your comment").FillAsync("The visitor centre is in Malham, not Settle.");
        await ClickAsync(org, "Send comment");
        await Assertions.Expect(org.Locator(".govuk-notification-banner")).ToContainTextAsync("Factual accuracy comment sent");
        await Accessibility.AssertNoViolationsAsync(org);

        // The assessor cannot decide; the body's admin, who did not assess it, certifies.
        Assert.Equal(403, (await assessor.GotoAsync($"{bodyHub}/decision"))!.Status);
        await admin.GotoAsync(bodyHub);
        await ClickAsync(admin, "Record the decision", AriaRole.Link);
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("Dales National Park Authority will be certified.");
        await Accessibility.AssertNoViolationsAsync(admin);
        await ClickAsync(admin, "Record decision");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("CSE-PC-");
        await Accessibility.AssertNoViolationsAsync(admin);

        // The organisation sees its certificate.
        await org.GotoAsync(orgHub);
        await Assertions.Expect(org.Locator(".govuk-panel")).ToContainTextAsync("CSE-PC-");
        await Accessibility.AssertNoViolationsAsync(org);
        await org.GotoAsync($"/organisations/{organisation.Id}/assessments");
        await Assertions.Expect(org.Locator("main table").First).ToContainTextAsync("CSE-PC-");
        await Accessibility.AssertNoViolationsAsync(org);
    }
}
