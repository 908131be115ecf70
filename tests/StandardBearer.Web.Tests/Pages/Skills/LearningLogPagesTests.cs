using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.Skills;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Skills;

public abstract class LearningLogPagesTests(AppFixture app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static Dictionary<string, string> Fields(string title = "Customer care refresher", string hours = "3", string elements = "2.2.1, 1.2.1",
        DateOnly? date = null, string kind = "Training", string people = "Visitor centre team")
    {
        var d = date ?? Today.AddDays(-7);
        return new()
        {
            ["Input.Kind"] = kind, ["Input.Title"] = title, ["Input.People"] = people, ["Input.Hours"] = hours, ["Input.Elements"] = elements,
            ["Input.Date.Day"] = d.Day.ToString(CultureInfo.InvariantCulture), ["Input.Date.Month"] = d.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.Date.Year"] = d.Year.ToString(CultureInfo.InvariantCulture), ["Input.Notes"] = "Role play on difficult conversations.",
        };
    }

    private Task<LearningActivity> AddAsync(TestTenant tenant, string title, decimal hours, string[] elements, LearningKind kind = LearningKind.Training, int daysAgo = 5) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<LearningLogService>().AddAsync(tenant.Id, new SaveLearningActivityRequest
        {
            Kind = kind, Title = title, Date = Today.AddDays(-daysAgo), People = "Complaints team", Hours = hours, ElementNumbers = elements,
        }, TestData.ActorFor(tenant.Member)));

    [DbFact]
    public async Task Pages_AdminAndMemberOpenThem_OnlyAdminsOpenDelete_OtherTenantsGet404()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var activity = await AddAsync(tenant, "Peer review", 2m, ["4.3.5"]);
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var body = await app.Data.CreateBodyWithUsersAsync();
        string[] pages = [$"/organisations/{tenant.Id}/learning", $"/organisations/{tenant.Id}/learning/new", $"/organisations/{tenant.Id}/learning/{activity.Id}",
            $"/organisations/{tenant.Id}/learning?handler=Download", $"/organisations/{tenant.Id}/my-elements"];
        var delete = $"/organisations/{tenant.Id}/learning/{activity.Id}/delete";

        foreach (var user in new[] { tenant.Admin, tenant.Member })
        {
            var client = await app.ClientFor(user.Email);
            foreach (var page in pages) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor(tenant.Admin.Email)).GetAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(tenant.Member.Email)).GetAsync(delete)).StatusCode);
        foreach (var outsider in new[] { other.Admin, other.Member, body.Admin, body.Member })
        {
            var client = await app.ClientFor(outsider.Email);
            foreach (var page in pages.Append(delete)) Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(tenant.Admin.Email)).GetAsync($"/organisations/{tenant.Id}/learning/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync($"/organisations/{other.Id}/learning/{activity.Id}")).StatusCode);
    }

    [DbFact]
    public async Task Add_Invalid_ShowsTheErrorSummaryAndAddsNothing()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(tenant.Member.Email);

        var response = await member.SubmitFormAsync($"/organisations/{tenant.Id}/learning/new",
            Fields(title: "", hours: "0", elements: "1.2.1, 7.7.7", date: Today.AddDays(3), people: ""));

        await PageAssert.InvalidAsync(response, "Enter a title", "Hours must be more than 0 and no more than 1,000", "The date of the activity must be today or in the past",
            "Enter the people or teams who took part", "Enter element numbers from the current standard, like 1.2.1 (7.7.7 is not one)");
        var unreadable = await member.SubmitFormAsync($"/organisations/{tenant.Id}/learning/new", Fields(hours: "three"));
        await PageAssert.InvalidAsync(unreadable, "Enter the number of hours as a number, like 1.5");
        Assert.False(await app.WithDbAsync(db => db.LearningActivities.AnyAsync(a => a.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Add_Valid_IsListedNewestFirst_WithTotalsPerElementAndCriterion()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await AddAsync(tenant, "Older visit", 5m, ["1.2.1"], LearningKind.Visit, daysAgo: 40);
        var member = await app.ClientFor(tenant.Member.Email);

        var response = await member.SubmitFormAsync($"/organisations/{tenant.Id}/learning/new", Fields(hours: "1.5"));

        var saved = await app.WithDbAsync(db => db.LearningActivities.SingleAsync(a => a.OrganisationId == tenant.Id && a.Title == "Customer care refresher"));
        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/learning?added={saved.Id}");
        Assert.Equal((1.5m, LearningKind.Training), (saved.Hours, saved.Kind));
        Assert.Equal(["1.2.1", "2.2.1"], saved.ElementNumbers);
        var (_, page) = await member.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Learning activity added", page.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("#activities tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("Customer care refresher", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Older visit", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("2 activities, 6.5 hours in all.", page.QuerySelector("#totals-sentence")!.TextContent.Trim());
        var elements = page.QuerySelectorAll("#element-totals tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["1.2.1", "2", "6.5"], [elements[0][0][..5], elements[0][1], elements[0][2]]);
        Assert.Equal(["2.2.1", "1", "1.5"], [elements[1][0][..5], elements[1][1], elements[1][2]]);
        var criteria = page.QuerySelectorAll("#criterion-totals tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(5, criteria.Count);
        Assert.Equal(["2", "6.5"], criteria[0].Skip(1));
        Assert.Equal(["1", "1.5"], criteria[1].Skip(1));
    }

    [DbFact]
    public async Task Filter_ByCriterionOrKind_ShowsOnlyMatches_AndAnUnknownValueIsIgnored()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await AddAsync(tenant, "Survey course", 6m, ["1.3.1"]);
        await AddAsync(tenant, "Complaints peer review", 7.5m, ["4.3.3"], LearningKind.PeerReview);
        var admin = await app.ClientFor(tenant.Admin.Email);

        async Task<List<string>> Titles(string query)
        {
            var (response, page) = await admin.GetPageAsync($"/organisations/{tenant.Id}/learning{query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return page.QuerySelectorAll("#activities tbody tr td:nth-child(2) a").Select(a => a.TextContent.Trim()).ToList();
        }

        Assert.Equal(["Complaints peer review"], await Titles("?criterion=4"));
        Assert.Equal(["Survey course"], await Titles("?element=1.3.1"));
        Assert.Equal(["Complaints peer review"], await Titles("?kind=PeerReview"));
        Assert.Empty(await Titles("?kind=Training&criterion=4"));
        Assert.Equal(2, (await Titles("?kind=Nonsense&criterion=99")).Count);
    }

    [DbFact]
    public async Task Edit_Valid_ChangesTheActivity_AndInvalid_ShowsTheErrorSummary()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var activity = await AddAsync(tenant, "Plain English workshop", 4m, ["3.2.2"], LearningKind.Workshop);
        var member = await app.ClientFor(tenant.Member.Email);
        var url = $"/organisations/{tenant.Id}/learning/{activity.Id}";
        const string form = "form:not([action*='handler'])";

        var invalid = await member.SubmitFormAsync(url, Fields(hours: "1001"), $"main {form}");
        await PageAssert.InvalidAsync(invalid, "Hours must be more than 0 and no more than 1,000");

        var response = await member.SubmitFormAsync(url, Fields(title: "Plain English workshop, part 2", hours: "2", elements: "3.2.1", kind: "Workshop"), $"main {form}");

        PageAssert.RedirectsTo(response, $"{url}?saved=true");
        var saved = await app.WithDbAsync(db => db.LearningActivities.SingleAsync(a => a.Id == activity.Id));
        Assert.Equal(("Plain English workshop, part 2", 2m, "3.2.1"), (saved.Title, saved.Hours, Assert.Single(saved.ElementNumbers)));
    }

    [DbFact]
    public async Task RecordAsEvidence_CreatesOneNoteLinkedToTheElements_AndThePageLinksToIt()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(tenant.Id);
        var activity = await AddAsync(tenant, "Visit to a council's customer panel", 6m, ["1.2.1", "1.2.4"], LearningKind.Visit);
        var member = await app.ClientFor(tenant.Member.Email);
        var url = $"/organisations/{tenant.Id}/learning/{activity.Id}";

        var response = await member.SubmitFormAsync(url, [], "form[action*='handler=Evidence']");

        PageAssert.RedirectsTo(response, $"{url}?recorded=true");
        var item = await app.WithDbAsync(db => db.Set<EvidenceItem>().SingleAsync(i => i.OrganisationId == tenant.Id));
        Assert.Equal(EvidenceKind.Note, item.Kind);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<EvidenceLink>().CountAsync(l => l.EvidenceItemId == item.Id)));
        var (_, page) = await member.GetPageAsync($"{url}?recorded=true");
        Assert.Equal($"/organisations/{tenant.Id}/evidence/{item.Id}", page.QuerySelector("#evidence-item a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("form[action*='handler=Evidence']"));
        var (_, element) = await member.GetPageAsync($"/organisations/{tenant.Id}/self-assessment/elements/1.2.4");
        Assert.Contains("Learning: Visit to a council's customer panel", element.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Delete_ByAdmin_RemovesIt_AndAMembersPostIs403()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var activity = await AddAsync(tenant, "Reading group", 1.5m, []);
        var admin = await app.ClientFor(tenant.Admin.Email);
        var member = await app.ClientFor(tenant.Member.Email);
        var url = $"/organisations/{tenant.Id}/learning/{activity.Id}";
        var (_, memberPage) = await member.GetPageAsync(url);
        Assert.Null(memberPage.QuerySelector($"a[href='{url}/delete']"));
        var (_, adminPage) = await admin.GetPageAsync(url);
        Assert.NotNull(adminPage.QuerySelector($"a[href='{url}/delete']"));
        var token = memberPage.AntiforgeryToken();

        var forbidden = await member.PostAsync($"{url}/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.LearningActivities.AnyAsync(a => a.Id == activity.Id)));

        var response = await admin.SubmitFormAsync($"{url}/delete", []);

        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/learning?deleted=true");
        Assert.False(await app.WithDbAsync(db => db.LearningActivities.AnyAsync(a => a.Id == activity.Id)));
        var (_, list) = await admin.GetPageAsync($"/organisations/{tenant.Id}/learning");
        Assert.NotNull(list.QuerySelector("#empty-log"));
    }

    [DbFact]
    public async Task Download_HasOneRowPerActivity_WithElementsJoinedBySemicolons()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await AddAsync(tenant, "=Formula, with comma", 2.25m, ["2.2.2", "2.2.1"], LearningKind.Workshop, daysAgo: 1);
        await AddAsync(tenant, "Reading group", 1m, [], LearningKind.Other, daysAgo: 2);

        var response = await (await app.ClientFor(tenant.Member.Email)).GetAsync($"/organisations/{tenant.Id}/learning?handler=Download");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("date,kind,title,people_or_teams,hours,elements,best_practice_cases,notes,recorded_as_evidence", lines[0]);
        Assert.Equal($"{Today.AddDays(-1):yyyy-MM-dd},Workshop,\"'=Formula, with comma\",Complaints team,2.25,2.2.1; 2.2.2,,,no", lines[1]);
        Assert.StartsWith($"{Today.AddDays(-2):yyyy-MM-dd},Other,Reading group,", lines[2], StringComparison.Ordinal);
    }
}

public sealed class LearningLogPagesTestsOnSqlite(SqliteApp app) : LearningLogPagesTests(app), IClassFixture<SqliteApp>;

public sealed class LearningLogPagesTestsOnPostgres(PostgresApp app) : LearningLogPagesTests(app), IClassFixture<PostgresApp>;
