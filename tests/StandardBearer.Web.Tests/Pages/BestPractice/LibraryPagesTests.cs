using System.Net;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.BestPractice;

/// <summary>The public library, a case's page and an element's list: anyone may read them, and only published cases appear.</summary>
public abstract class LibraryPagesTests(AppFixture app)
{
    private static string Token() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8));

    private async Task<(TestHolder Holder, Guid Published, Guid Draft, string Token)> PublishedAndDraftAsync()
    {
        var token = Token();
        var holder = await app.Data.CreateHolderAsync(compliancePlus: ["4.2.1", "4.2.2"]);
        var published = await app.PublishCaseAsync(holder.Assessment.Id, "4.2.1", $"Plain-English letters {token}", $"Every letter is tested with residents {token}.");
        var draft = await app.WithDbAsync(db => db.BestPracticeCases.IgnoreQueryFilters()
            .Where(c => c.AssessmentId == holder.Assessment.Id && c.ElementNumber == "4.2.2").Select(c => c.Id).SingleAsync());
        return (holder, published, draft, token);
    }

    public static TheoryData<string> Readers => new() { "anonymous", nameof(Role.OrganisationMember), nameof(Role.Assessor), nameof(Role.StandardOwner) };

    private async Task<HttpClient> ReaderAsync(string who) => who == "anonymous"
        ? app.Anonymous()
        : await app.ClientFor((await app.Data.CreateUserAsync(Enum.Parse<Role>(who), who switch
        {
            nameof(Role.StandardOwner) => null,
            nameof(Role.Assessor) => (await app.Data.CreateBodyWithUsersAsync()).Id,
            _ => (await app.Data.CreateOrganisationWithUsersAsync()).Id,
        })).Email);

    [DbFact]
    public async Task Library_Anyone_FindsAPublishedCaseByWords_WithItsOrganisationAndElement()
    {
        var (holder, published, _, token) = await PublishedAndDraftAsync();

        var (response, page) = await app.Anonymous().GetPageAsync($"/best-practice?query={token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Showing 1 to 1 of 1 case", page.QuerySelector("#result-count")!.TextContent.Trim());
        var link = Assert.Single(page.QuerySelectorAll($"main a[href='/best-practice/{published}']"));
        Assert.Equal($"Plain-English letters {token}", link.TextContent.Trim());
        Assert.Contains(holder.Organisation.Name, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Element 4.2.1", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(token, page.QuerySelector("#query")!.GetAttribute("value"));
    }

    [DbFact]
    public async Task Library_ADraftIsNotListed_EvenWhenItsWordsMatch()
    {
        var (holder, _, draft, token) = await PublishedAndDraftAsync();
        await app.WithDbAsync(async db =>
        {
            var c = await db.BestPracticeCases.IgnoreQueryFilters().SingleAsync(x => x.Id == draft);
            c.Description = $"Draft only {token} secretword{token}";
            return await db.SaveChangesAsync();
        });

        var (_, page) = await app.Anonymous().GetPageAsync($"/best-practice?query=secretword{token}");

        Assert.Equal("No published cases match your search. Try fewer words or remove a filter.", page.QuerySelector("#no-cases")!.TextContent.Trim());
        Assert.Null(page.QuerySelector($"a[href='/best-practice/{draft}']"));
    }

    [DbFact]
    public async Task Library_FiltersAreKeptInTheForm_AndUnreadableOnesAreLeftOut()
    {
        var (_, published, _, token) = await PublishedAndDraftAsync();

        var (response, page) = await app.Anonymous().GetPageAsync($"/best-practice?query={token}&criterion=4&element=4.2.1&sector=LocalGovernment&year=nonsense&page=x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector($"a[href='/best-practice/{published}']"));
        Assert.Equal("4", page.QuerySelector("#criterion option[selected]")!.GetAttribute("value"));
        Assert.Equal("4.2.1", page.QuerySelector("#element option[selected]")!.GetAttribute("value"));
        Assert.Equal("LocalGovernment", page.QuerySelector("#sector option[selected]")!.GetAttribute("value"));

        var (_, none) = await app.Anonymous().GetPageAsync($"/best-practice?query={token}&criterion=5");
        Assert.NotNull(none.QuerySelector("#no-cases"));
        var (_, beyond) = await app.Anonymous().GetPageAsync($"/best-practice?query={token}&page=40");
        Assert.Contains("There is no page 40", beyond.QuerySelector("#no-cases")!.TextContent, StringComparison.Ordinal);
    }

    [DbTheory]
    [MemberData(nameof(Readers))]
    public async Task Case_AnyoneCanReadAPublishedCase(string who)
    {
        var (holder, published, _, token) = await PublishedAndDraftAsync();

        var (response, page) = await (await ReaderAsync(who)).GetPageAsync($"/best-practice/{published}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Plain-English letters {token}", page.QuerySelector("h1")!.TextContent.Trim());
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains($"Every letter is tested with residents {token}.", main, StringComparison.Ordinal);
        Assert.Contains("Exemplary practice on 4.2.1.", main, StringComparison.Ordinal);
        Assert.Contains(holder.Body.Name, main, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#contact a[href='mailto:sam.patel@example.org']"));
    }

    [DbTheory]
    [MemberData(nameof(Readers))]
    public async Task Case_NotPublishedOrUnknown_IsNotFound_ForEveryone(string who)
    {
        var (holder, _, draft, _) = await PublishedAndDraftAsync();
        var client = who == nameof(Role.OrganisationMember) ? await app.ClientFor(holder.Organisation.Member.Email) : await ReaderAsync(who);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/best-practice/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/best-practice/{Guid.NewGuid()}")).StatusCode);
    }

    [DbFact]
    public async Task ElementPage_ListsItsPublishedCases_NotDrafts()
    {
        var (_, published, draft, _) = await PublishedAndDraftAsync();

        var (_, page) = await app.Anonymous().GetPageAsync("/standard/elements/4.2.1");
        var (_, other) = await app.Anonymous().GetPageAsync("/standard/elements/4.2.2");

        Assert.NotNull(page.QuerySelector($"a[href='/best-practice/{published}']"));
        Assert.Null(other.QuerySelector($"a[href='/best-practice/{draft}']"));
        Assert.Equal("Best practice from holders", page.QuerySelector("#best-practice")!.TextContent.Trim());
    }
}

public sealed class LibraryPagesTestsOnSqlite(SqliteApp app) : LibraryPagesTests(app), IClassFixture<SqliteApp>;

public sealed class LibraryPagesTestsOnPostgres(PostgresApp app) : LibraryPagesTests(app), IClassFixture<PostgresApp>;
