using System.Net;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.BestPractice;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.BestPractice;

/// <summary>The standard owner's moderation queue and case page: publish, ask for changes, reject.</summary>
public abstract class ModerationPagesTests(AppFixture app)
{
    private const string QueuePath = "/best-practice/moderation";

    private Task<BestPracticeCase> CaseAsync(Guid id) => app.WithDbAsync(db => db.BestPracticeCases.AsNoTracking().SingleAsync(c => c.Id == id));

    [DbFact]
    public async Task Queue_AsTheOwner_ListsConsentedCasesOnly_AwaitingFirst_AndFilters()
    {
        var submitted = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);
        var published = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.Published);
        var draft = await app.Data.CreateBestPracticeCaseAsync();
        var owner = await app.ClientFor(submitted.Owner.Email);

        var (response, page) = await owner.GetPageAsync(QueuePath);
        var (_, filtered) = await owner.GetPageAsync($"{QueuePath}?status=Published");
        var (_, admin) = await owner.GetPageAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll("#cases tbody tr a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(submitted.ModerationPath, links);
        Assert.Contains(published.ModerationPath, links);
        Assert.DoesNotContain(draft.ModerationPath, links);
        Assert.Contains("Awaiting moderation", page.QuerySelector("#cases tbody tr")!.TextContent);
        Assert.Contains(submitted.Organisation.Name, page.QuerySelector("#cases")!.TextContent);
        var filteredLinks = filtered.QuerySelectorAll("#cases tbody tr a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(published.ModerationPath, filteredLinks);
        Assert.DoesNotContain(submitted.ModerationPath, filteredLinks);
        Assert.Contains(admin.QuerySelectorAll("main a"), a => a.GetAttribute("href") == QueuePath);
    }

    [DbFact]
    public async Task Pages_OtherRolesGet403_DraftsAndUnknownCasesAre404_AnonymousSignsIn()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);
        var draft = await app.Data.CreateBestPracticeCaseAsync();
        var owner = await app.ClientFor(c.Owner.Email);

        foreach (var url in new[] { QueuePath, c.ModerationPath })
        {
            foreach (var user in new[] { c.Organisation.Admin, c.Organisation.Member, c.Assessment.Body.Admin, c.Assessment.Lead })
                Assert.True((await (await app.ClientFor(user.Email)).GetAsync(url)).StatusCode == HttpStatusCode.Forbidden, $"{url} as {user.Role}");
            Assert.Equal(HttpStatusCode.Redirect, (await app.Anonymous().GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(c.ModerationPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(draft.ModerationPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"{QueuePath}/{Guid.NewGuid()}")).StatusCode);
    }

    [DbFact]
    public async Task Case_ShowsItInFull_WithTheThreeModerations()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted, element: "3.4.3");

        var (_, page) = await (await app.ClientFor(c.Owner.Email)).GetPageAsync(c.ModerationPath);

        Assert.Equal("Residents' panel reviews every complaint", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(c.Organisation.Name, page.QuerySelector(".govuk-caption-l")!.TextContent);
        Assert.Contains("3.4.3 Supporting communities", page.QuerySelector("#case-facts")!.TextContent);
        Assert.Contains(c.Assessment.Body.Name, page.QuerySelector("#case-facts")!.TextContent);
        Assert.Contains("A panel of residents reviews", page.QuerySelector("#case-description")!.TextContent);
        Assert.Equal("Publish", page.QuerySelector("#publish button")!.TextContent.Trim());
        Assert.Equal("Ask for changes", page.QuerySelector("#request-changes button")!.TextContent.Trim());
        Assert.Equal("Reject", page.QuerySelector("#reject button")!.TextContent.Trim());
    }

    [DbFact]
    public async Task Publish_PublishesIt_AndEmailsTheOrganisationsAdmins()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);
        var owner = await app.ClientFor(c.Owner.Email);

        var response = await owner.SubmitFormAsync(c.ModerationPath, new(), "#publish");

        PageAssert.RedirectsTo(response, $"{c.ModerationPath}?saved=published");
        var published = await CaseAsync(c.Id);
        Assert.Equal(CaseStatus.Published, published.Status);
        Assert.NotNull(published.PublishedAt);
        Assert.True(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == c.Organisation.Admin.Email && m.Subject == "Your best-practice case has been published")));
        var (_, page) = await owner.GetPageAsync($"{c.ModerationPath}?saved=published");
        Assert.Contains("Case published", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Null(page.QuerySelector("#publish"));
        Assert.Null(page.QuerySelector("#reject"));
    }

    [DbFact]
    public async Task AskForChanges_WithoutANote_ShowsTheError_WithOne_SendsItBack()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);
        var owner = await app.ClientFor(c.Owner.Email);

        var missing = await owner.SubmitFormAsync(c.ModerationPath, new() { ["Changes.Note"] = " " }, "#request-changes");
        await PageAssert.InvalidAsync(missing, "Enter what the organisation should change");
        Assert.Equal(CaseStatus.Submitted, (await CaseAsync(c.Id)).Status);

        var sent = await owner.SubmitFormAsync(c.ModerationPath, new() { ["Changes.Note"] = "Say how many residents took part." }, "#request-changes");

        PageAssert.RedirectsTo(sent, $"{c.ModerationPath}?saved=changes-requested");
        var sentBack = await CaseAsync(c.Id);
        Assert.Equal(CaseStatus.ChangesRequested, sentBack.Status);
        Assert.Equal("Say how many residents took part.", sentBack.ModerationNote);
    }

    [DbFact]
    public async Task Reject_WithoutAReason_ShowsTheError_WithOne_RejectsIt()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);
        var owner = await app.ClientFor(c.Owner.Email);

        var missing = await owner.SubmitFormAsync(c.ModerationPath, new() { ["Reject.Reason"] = "" }, "#reject");
        await PageAssert.InvalidAsync(missing, "Enter the reason for rejecting the case");

        var rejected = await owner.SubmitFormAsync(c.ModerationPath, new() { ["Reject.Reason"] = "Good practice, but not beyond the standard." }, "#reject");

        PageAssert.RedirectsTo(rejected, $"{c.ModerationPath}?saved=rejected");
        Assert.Equal(CaseStatus.Rejected, (await CaseAsync(c.Id)).Status);
    }

    [DbFact]
    public async Task Publish_AfterTheOrganisationWithdrew_IsAConflictShownOnThePage()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.ChangesRequested);
        var owner = await app.ClientFor(c.Owner.Email);
        var (_, page) = await owner.GetPageAsync(c.ModerationPath);
        Assert.Null(page.QuerySelector("#publish"));
        Assert.NotNull(page.QuerySelector("#waiting-for-organisation"));

        var response = await owner.PostAsync($"{c.ModerationPath}?handler=Publish",
            new FormUrlEncodedContent([new("__RequestVerificationToken", page.AntiforgeryToken())]));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var document = await HttpClientForms.ParseAsync(response);
        Assert.Contains(document.ErrorSummaryMessages(), m => m.Contains("consented to and submitted", StringComparison.Ordinal));
        Assert.Equal(CaseStatus.ChangesRequested, (await CaseAsync(c.Id)).Status);
    }
}

public sealed class ModerationPagesTestsOnSqlite(SqliteApp app) : ModerationPagesTests(app), IClassFixture<SqliteApp>;

public sealed class ModerationPagesTestsOnPostgres(PostgresApp app) : ModerationPagesTests(app), IClassFixture<PostgresApp>;
