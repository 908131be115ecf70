using System.Net;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.BestPractice;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.BestPractice;

/// <summary>The organisation's best-practice pages: its list, and a case to describe, consent to, decline or withdraw.</summary>
public abstract class OrganisationCasesTests(AppFixture app)
{
    private static string ListPath(TestBestPracticeCase c) => $"/organisations/{c.Organisation.Id}/best-practice";

    private Task<BestPracticeCase> CaseAsync(Guid id) => app.WithDbAsync(db => db.BestPracticeCases.AsNoTracking().SingleAsync(c => c.Id == id));

    private static Dictionary<string, string> Described(string title = "Residents' panel reviews every complaint") => new()
    {
        ["Input.Title"] = title,
        ["Input.Description"] = "A panel of residents reviews a sample of closed complaints every quarter.",
        ["Input.Results"] = "Repeat complaints halved.",
        ["Input.ContactName"] = "Casey Contact",
        ["Input.ContactEmail"] = "casey@test.example",
    };

    [DbFact]
    public async Task List_AsAdminAndMember_ShowsTheCaseWithItsStatusAndWhatToDoNext_AndTheOverviewLinksToIt()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync(element: "4.3.4");

        foreach (var user in new[] { c.Organisation.Admin, c.Organisation.Member })
        {
            var client = await app.ClientFor(user.Email);
            var (response, page) = await client.GetPageAsync(ListPath(c));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var row = Assert.Single(page.QuerySelectorAll("#cases tbody tr"));
            Assert.Contains("4.3.4 Staff can put things right", row.TextContent);
            Assert.Contains("Draft", row.QuerySelector(".govuk-tag")!.TextContent);
            Assert.Contains("Describe the practice", row.TextContent);
            Assert.Equal(c.OrganisationPath, row.QuerySelector("a")!.GetAttribute("href"));
            var (_, overview) = await client.GetPageAsync($"/organisations/{c.Organisation.Id}");
            Assert.Contains(overview.QuerySelectorAll("main a"), a => a.GetAttribute("href") == ListPath(c));
        }
    }

    [DbFact]
    public async Task Pages_BodyUsersOtherOrganisationsAndUnknownCases_Get404_AnonymousSignsIn()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync();
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var outsider = await app.ClientFor(other.Admin.Email);

        foreach (var url in new[] { ListPath(c), c.OrganisationPath })
        {
            Assert.True((await (await app.ClientFor(c.Assessment.Body.Admin.Email)).GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
            Assert.True((await outsider.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
            Assert.True((await app.Anonymous().GetAsync(url)).StatusCode == HttpStatusCode.Redirect, url);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/organisations/{other.Id}/best-practice/{c.Id}")).StatusCode);
        Assert.Empty((await outsider.GetPageAsync($"/organisations/{other.Id}/best-practice")).Document.QuerySelectorAll("#cases tbody tr"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(c.Organisation.Admin.Email)).GetAsync($"{ListPath(c)}/{Guid.NewGuid()}")).StatusCode);
    }

    [DbFact]
    public async Task Case_AsAdmin_OffersConsentAndDecline_AsMember_OnlyTheDescription()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync();

        var (adminResponse, admin) = await (await app.ClientFor(c.Organisation.Admin.Email)).GetPageAsync(c.OrganisationPath);
        var (memberResponse, member) = await (await app.ClientFor(c.Organisation.Member.Email)).GetPageAsync(c.OrganisationPath);

        Assert.Equal(HttpStatusCode.OK, adminResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, memberResponse.StatusCode);
        Assert.Contains("Exemplary practice on 1.1.1.", admin.QuerySelector("#case-facts")!.TextContent);
        Assert.Contains("Draft", admin.QuerySelector("#case-facts .govuk-tag")!.TextContent);
        foreach (var form in new[] { "#describe", "#consent", "#decline" }) Assert.NotNull(admin.QuerySelector(form));
        Assert.Equal("Consent to publication", admin.QuerySelector("#consent button")!.TextContent.Trim());
        Assert.NotNull(member.QuerySelector("#describe"));
        Assert.Null(member.QuerySelector("#consent"));
        Assert.Null(member.QuerySelector("#decline"));
        Assert.NotNull(member.QuerySelector("#admins-decide"));
    }

    [DbFact]
    public async Task Describe_Invalid_ShowsTheErrorSummary_Valid_SavesAndShowsABanner()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync();
        var member = await app.ClientFor(c.Organisation.Member.Email);

        var fields = Described("");
        fields["Input.ContactEmail"] = "casey at test";
        var invalid = await member.SubmitFormAsync(c.OrganisationPath, fields, "#describe");
        await PageAssert.InvalidAsync(invalid, "Enter a title", "Enter an email address in the correct format, like name@example.com");
        Assert.Null((await CaseAsync(c.Id)).Title);

        var valid = await member.SubmitFormAsync(c.OrganisationPath, Described(), "#describe");
        PageAssert.RedirectsTo(valid, $"{c.OrganisationPath}?saved=described");
        var saved = await CaseAsync(c.Id);
        Assert.Equal("Residents' panel reviews every complaint", saved.Title);
        Assert.Equal("casey@test.example", saved.ContactEmail);
        Assert.Equal(CaseStatus.Draft, saved.Status);
        var (_, page) = await member.GetPageAsync($"{c.OrganisationPath}?saved=described");
        Assert.Contains("Description saved", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Equal("Residents' panel reviews every complaint", page.QuerySelector("#Input_Title")!.GetAttribute("value"));
    }

    [DbFact]
    public async Task Consent_WithoutADescription_ShowsEachMissingPart_ThenConsentSubmitsIt()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync();
        var admin = await app.ClientFor(c.Organisation.Admin.Email);

        var missing = await admin.SubmitFormAsync(c.OrganisationPath, new(), "#consent");
        await PageAssert.InvalidAsync(missing, "Enter a title before you consent to publication", "Enter what you do before you consent to publication",
            "Enter a contact name before you consent to publication", "Enter a contact email address before you consent to publication");
        Assert.Equal(CaseStatus.Draft, (await CaseAsync(c.Id)).Status);

        await admin.SubmitFormAsync(c.OrganisationPath, Described(), "#describe");
        var consented = await admin.SubmitFormAsync(c.OrganisationPath, new(), "#consent");

        PageAssert.RedirectsTo(consented, $"{c.OrganisationPath}?saved=consented");
        var submitted = await CaseAsync(c.Id);
        Assert.Equal(CaseStatus.Submitted, submitted.Status);
        Assert.Equal(c.Organisation.Admin.Id, submitted.ConsentedByUserId);
        var (_, page) = await admin.GetPageAsync(c.OrganisationPath);
        Assert.Contains("Awaiting moderation", page.QuerySelector("#case-facts .govuk-tag")!.TextContent);
        Assert.NotNull(page.QuerySelector("#withdraw"));
        Assert.Null(page.QuerySelector("#consent"));
    }

    [DbFact]
    public async Task Consent_PostedByAMember_Is403_AndChangesNothing()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync();
        await (await app.ClientFor(c.Organisation.Admin.Email)).SubmitFormAsync(c.OrganisationPath, Described(), "#describe");
        var member = await app.ClientFor(c.Organisation.Member.Email);
        var (_, page) = await member.GetPageAsync(c.OrganisationPath);

        var response = await member.PostAsync($"{c.OrganisationPath}?handler=Consent",
            new FormUrlEncodedContent([new("__RequestVerificationToken", page.AntiforgeryToken())]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(CaseStatus.Draft, (await CaseAsync(c.Id)).Status);
    }

    [DbFact]
    public async Task Decline_WithAReason_DeclinesIt_TooLong_ShowsTheError()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync();
        var admin = await app.ClientFor(c.Organisation.Admin.Email);

        var tooLong = await admin.SubmitFormAsync(c.OrganisationPath, new() { ["Decline.Reason"] = new string('x', 2001) }, "#decline");
        await PageAssert.InvalidAsync(tooLong, "Reason must be 2,000 characters or fewer");
        var declined = await admin.SubmitFormAsync(c.OrganisationPath, new() { ["Decline.Reason"] = "Not this year." }, "#decline");

        PageAssert.RedirectsTo(declined, $"{c.OrganisationPath}?saved=declined");
        var saved = await CaseAsync(c.Id);
        Assert.Equal(CaseStatus.Declined, saved.Status);
        Assert.Equal("Not this year.", saved.DeclineReason);
    }

    [DbFact]
    public async Task WithdrawConsent_OnAPublishedCase_TakesItOutOfTheLibrary()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.Published);
        var admin = await app.ClientFor(c.Organisation.Admin.Email);
        var (_, page) = await admin.GetPageAsync(c.OrganisationPath);
        Assert.Null(page.QuerySelector("#describe"));
        Assert.NotNull(page.QuerySelector("#case-description"));

        var response = await admin.SubmitFormAsync(c.OrganisationPath, new(), "#withdraw");

        PageAssert.RedirectsTo(response, $"{c.OrganisationPath}?saved=withdrawn");
        var withdrawn = await CaseAsync(c.Id);
        Assert.Equal(CaseStatus.Declined, withdrawn.Status);
        Assert.Null(withdrawn.PublishedAt);
    }

    [DbFact]
    public async Task ChangesRequested_ShowsTheOwnersNote()
    {
        var c = await app.Data.CreateBestPracticeCaseAsync(CaseStatus.ChangesRequested);

        var (_, page) = await (await app.ClientFor(c.Organisation.Member.Email)).GetPageAsync(c.OrganisationPath);

        Assert.Contains("Add the results.", page.QuerySelector("#moderation-note")!.TextContent);
        Assert.Contains("Make the changes", (await (await app.ClientFor(c.Organisation.Member.Email)).GetPageAsync(ListPath(c))).Document.QuerySelector("#cases tbody tr")!.TextContent);
    }
}

public sealed class OrganisationCasesTestsOnSqlite(SqliteApp app) : OrganisationCasesTests(app), IClassFixture<SqliteApp>;

public sealed class OrganisationCasesTestsOnPostgres(PostgresApp app) : OrganisationCasesTests(app), IClassFixture<PostgresApp>;
