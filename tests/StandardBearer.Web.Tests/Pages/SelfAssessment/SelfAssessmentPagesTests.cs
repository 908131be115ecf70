using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.SelfAssessment;

public abstract class SelfAssessmentPagesTests(AppFixture app)
{
    private async Task<(TestTenant Tenant, HttpClient Admin)> StartedAsync()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var admin = await app.ClientFor(tenant.Admin.Email);
        var start = await admin.SubmitFormAsync($"/organisations/{tenant.Id}/self-assessment", [], "form[action*='handler=Start']");
        PageAssert.RedirectsTo(start, $"/organisations/{tenant.Id}/self-assessment?started=true");
        return (tenant, admin);
    }

    [DbFact]
    public async Task TaskList_AfterStart_ShowsEveryElementNotStarted()
    {
        var (tenant, admin) = await StartedAsync();

        var (_, page) = await admin.GetPageAsync($"/organisations/{tenant.Id}/self-assessment");

        var items = page.QuerySelectorAll(".govuk-task-list__item");
        Assert.Equal(57, items.Length);
        Assert.All(items, i => Assert.Contains("Not started", i.TextContent));
        Assert.Contains("You have completed 0 of 57 elements", page.QuerySelector("main")!.TextContent);
    }

    [DbFact]
    public async Task Start_AsMember_IsForbidden()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(tenant.Member.Email);
        var (_, page) = await member.GetPageAsync($"/organisations/{tenant.Id}/self-assessment");

        var response = await member.PostAsync($"/organisations/{tenant.Id}/self-assessment?handler=Start",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = page.AntiforgeryToken() }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<SelfAssessmentRecord>().AnyAsync(s => s.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Element_ValidSave_ChangesTheElementAndTheTaskList()
    {
        var (tenant, admin) = await StartedAsync();
        var member = await app.ClientFor(tenant.Member.Email);

        var response = await member.SubmitFormAsync($"/organisations/{tenant.Id}/self-assessment/elements/4.3.2", new()
        {
            ["Input.RatingKey"] = "CompliancePlus", ["Input.Narrative"] = "Complaints: **one** form, online and on paper.",
            ["Input.OwnerUserId"] = tenant.Member.Id.ToString(), ["Input.Progress"] = "Completed",
        });

        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/self-assessment/elements/4.3.2?saved=true");
        var (_, list) = await admin.GetPageAsync($"/organisations/{tenant.Id}/self-assessment");
        var item = list.QuerySelectorAll(".govuk-task-list__item").Single(i => i.TextContent.Contains("4.3.2", StringComparison.Ordinal));
        Assert.Contains("Completed", item.TextContent);
        Assert.Contains("Self-rating: Compliance Plus", item.TextContent);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "ElementSelfAssessed" && e.OrganisationId == tenant.Id && e.UserId == tenant.Member.Id)));
    }

    [DbFact]
    public async Task Element_CompletedWithoutRating_ShowsError()
    {
        var (tenant, admin) = await StartedAsync();

        var response = await admin.SubmitFormAsync($"/organisations/{tenant.Id}/self-assessment/elements/1.1.1", new() { ["Input.Progress"] = "Completed" });

        await PageAssert.InvalidAsync(response, "Select a rating before marking the element as completed");
    }

    [DbFact]
    public async Task Element_TwoPeopleSave_SecondIsRefusedButKeepsTheirText()
    {
        var (tenant, admin) = await StartedAsync();
        var member = await app.ClientFor(tenant.Member.Email);
        var url = $"/organisations/{tenant.Id}/self-assessment/elements/2.1.5";
        var (_, adminPage) = await admin.GetPageAsync(url);
        var (_, memberPage) = await member.GetPageAsync(url);

        var first = await admin.PostFormAsync(adminPage.QuerySelector<IHtmlFormElement>("main form")!, new()
        {
            ["Input.RatingKey"] = "Compliance", ["Input.Narrative"] = "The admin's account of privacy.", ["Input.Progress"] = "InProgress",
        }, url);
        var second = await member.PostFormAsync(memberPage.QuerySelector<IHtmlFormElement>("main form")!, new()
        {
            ["Input.RatingKey"] = "PartialCompliance", ["Input.Narrative"] = "The member's different account.", ["Input.Progress"] = "InProgress",
        }, url);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var page = await HttpClientForms.ParseAsync(second);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("saved this element while you were editing it", page.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal("The member's different account.", page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Narrative']")!.Value.Trim());
        Assert.Contains("The admin's account of privacy.", page.QuerySelector("#their-version")!.TextContent);
        var saved = await app.WithDbAsync(db => db.Set<ElementSelfAssessment>().SingleAsync(e => e.OrganisationId == tenant.Id && e.ElementNumber == "2.1.5"));
        Assert.Equal("The admin's account of privacy.", saved.Narrative);

        // Saving again from the refused page (which now carries the newer version) succeeds, on purpose.
        var third = await member.PostFormAsync(page.QuerySelector<IHtmlFormElement>("main form")!, new()
        {
            ["Input.RatingKey"] = "PartialCompliance", ["Input.Narrative"] = "Merged account.", ["Input.Progress"] = "InProgress",
        }, url);
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
    }

    [DbFact]
    public async Task Element_MarkdownWithHtml_IsNotRenderedAsHtml()
    {
        var (tenant, admin) = await StartedAsync();
        var member = await app.ClientFor(tenant.Member.Email);
        var url = $"/organisations/{tenant.Id}/self-assessment/elements/1.2.1";
        var (_, adminPage) = await admin.GetPageAsync(url);
        var (_, memberPage) = await member.GetPageAsync(url);
        await admin.PostFormAsync(adminPage.QuerySelector<IHtmlFormElement>("main form")!, new() { ["Input.Narrative"] = "<script>alert(1)</script> and **bold**", ["Input.Progress"] = "InProgress" }, url);

        var conflict = await member.PostFormAsync(memberPage.QuerySelector<IHtmlFormElement>("main form")!, new() { ["Input.Narrative"] = "x", ["Input.Progress"] = "InProgress" }, url);

        var theirs = (await HttpClientForms.ParseAsync(conflict)).QuerySelector("#their-version")!;
        Assert.Empty(theirs.QuerySelectorAll("script"));
        Assert.NotNull(theirs.QuerySelector("strong"));
    }

    [DbFact]
    public async Task Readiness_AfterRatings_ShowsTheOutcomeAndTheTable()
    {
        var (tenant, admin) = await StartedAsync();
        await admin.SubmitFormAsync($"/organisations/{tenant.Id}/self-assessment/elements/1.1.1", new() { ["Input.RatingKey"] = "NonCompliance", ["Input.Progress"] = "Completed" });

        var (response, page) = await admin.GetPageAsync($"/organisations/{tenant.Id}/self-assessment/readiness");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("On these self-ratings you would not be certified because 1 element rated Non-Compliance: 1.1.1. " +
            "0 of 1 elements (0%) are compliant; at least 80% must be. 56 of 57 elements are not yet rated.",
            page.QuerySelector("#readiness-outcome")!.TextContent.Trim());
        var tableRows = page.QuerySelectorAll("main table tbody tr");
        var overall = tableRows[tableRows.Length - 1];
        Assert.Contains("All criteria", overall.TextContent);
        Assert.Contains("0 of 57 (0%)", overall.TextContent);
        Assert.NotNull(page.QuerySelector("svg[role=img][aria-labelledby=chart-heading]"));
    }

    [DbFact]
    public async Task Pages_OtherOrganisation_Are404()
    {
        var (tenant, _) = await StartedAsync();
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var outsider = await app.ClientFor(other.Admin.Email);

        foreach (var url in new[] { "", "/elements/1.1.1", "/readiness" })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/organisations/{tenant.Id}/self-assessment{url}")).StatusCode);
    }
}

public sealed class SelfAssessmentPagesTestsOnSqlite(SqliteApp app) : SelfAssessmentPagesTests(app), IClassFixture<SqliteApp>;

public sealed class SelfAssessmentPagesTestsOnPostgres(PostgresApp app) : SelfAssessmentPagesTests(app), IClassFixture<PostgresApp>;
