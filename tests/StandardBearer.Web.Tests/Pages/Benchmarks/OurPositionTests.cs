using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Organisations;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Benchmarks;

/// <summary>The organisation's benchmark position: its own figures and an anonymised spread, never another organisation's name.</summary>
public abstract class OurPositionTests(AppFixture app)
{
    private static string PositionPath(TestTenant organisation) => $"/organisations/{organisation.Id}/benchmarks";

    /// <summary>
    /// CreateBenchmarkAsync(6): holder i has i elements at Compliance Plus, and holders 0 and 3 one Partial
    /// Compliance each. The first holder has the fewest points, so it is last; of the five ahead only holder 3 has a
    /// partial; holders 1, 2, 4 and 5 have none.
    /// </summary>
    private const string LastOfSix =
        "6th of 6 organisations; 1 of the 5 ahead has one or more partial compliances; 4 organisations have no partial compliances.";

    private static string Figure(IDocument page, string key) =>
        page.QuerySelectorAll("#position-figures .govuk-summary-list__row")
            .Single(row => row.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == key)
            .QuerySelector(".govuk-summary-list__value")!.TextContent.Trim();

    [DbFact]
    public async Task Get_AsAdminAndMember_ShowsTheSentenceFiguresAndDistribution()
    {
        var bench = await app.Data.CreateBenchmarkAsync(6);

        foreach (var user in new[] { bench.Holder.Admin, bench.Holder.Member })
        {
            var (response, page) = await (await app.ClientFor(user.Email)).GetPageAsync(PositionPath(bench.Holder));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(LastOfSix, page.QuerySelector("#position-sentence")!.TextContent.Trim());
            Assert.Contains(bench.Body.Name, page.QuerySelector("#position-context")!.TextContent);
            Assert.Equal("6th", Figure(page, "Rank"));
            Assert.Equal("6", Figure(page, "Organisations ranked"));
            Assert.Equal("5", Figure(page, "Organisations ahead of yours"));
            Assert.Equal("1", Figure(page, "Of those, with one or more partial compliances"));
            Assert.Equal("4 (yours is not one of them)", Figure(page, "Organisations with no partial compliances"));
            Assert.Contains("Partial Compliance", page.QuerySelector("#your-ratings")!.TextContent);
            Assert.StartsWith("Points are the standard's defaults", page.QuerySelector("#points-scheme")!.TextContent.Trim(), StringComparison.Ordinal);

            var chart = page.QuerySelector("main svg[role=img]")!;
            Assert.Equal("distribution-heading", chart.GetAttribute("aria-labelledby"));
            Assert.Contains("Yours", chart.TextContent);
            var rows = page.QuerySelectorAll("#distribution tbody tr");
            Assert.Equal(6, rows.Sum(r => int.Parse(r.QuerySelectorAll("td")[0].TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Single(rows, r => r.TextContent.Contains("Your organisation is in this range", StringComparison.Ordinal));
        }
    }

    [DbFact]
    public async Task Get_NamesNoOtherOrganisation()
    {
        var bench = await app.Data.CreateBenchmarkAsync(6);

        var response = await (await app.ClientFor(bench.Holder.Admin.Email)).GetAsync(PositionPath(bench.Holder));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(bench.Holder.Name, html);
        foreach (var other in bench.Holders.Skip(1)) Assert.DoesNotContain(other.Name, html);
    }

    [DbFact]
    public async Task Get_BodyUsersAndOtherOrganisations_Get404()
    {
        var bench = await app.Data.CreateBenchmarkAsync(5);
        var other = await app.Data.CreateOrganisationWithUsersAsync();

        foreach (var email in new[] { bench.Body.Admin.Email, bench.Body.Member.Email, other.Admin.Email, other.Member.Email })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(email)).GetAsync(PositionPath(bench.Holder))).StatusCode);
    }

    [DbFact]
    public async Task Get_GroupOfFour_IsSuppressed()
    {
        var bench = await app.Data.CreateBenchmarkAsync(4);

        var (response, page) = await (await app.ClientFor(bench.Holder.Member.Email)).GetPageAsync(PositionPath(bench.Holder));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Fewer than 5 organisations are in this group, so we cannot show figures without identifying them.",
            page.QuerySelector("#suppressed")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#position-sentence"));
        Assert.Null(page.QuerySelector("#position-figures"));
        Assert.Null(page.QuerySelector("#distribution"));
        Assert.Null(page.QuerySelector("main svg"));
    }

    [DbFact]
    public async Task Get_PeerGroupOfFour_IsSuppressed_AndAllOrganisationsIsNot()
    {
        var bench = await app.Data.CreateBenchmarkAsync(6, sector: Sector.Police);
        var moved = bench.Holders.Skip(1).Take(2).Select(h => h.Id).ToList();
        await app.WithDbAsync(db => db.Organisations.Where(o => moved.Contains(o.Id)).ExecuteUpdateAsync(o => o.SetProperty(x => x.Sector, Sector.Health)));
        var client = await app.ClientFor(bench.Holder.Admin.Email);

        var (response, page) = await client.GetPageAsync($"{PositionPath(bench.Holder)}?sector=Police");
        var (_, all) = await client.GetPageAsync(PositionPath(bench.Holder));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#suppressed"));
        Assert.Null(page.QuerySelector("#position-sentence"));
        Assert.Equal("Police", page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#sector")!.Value);
        Assert.Equal(LastOfSix, all.QuerySelector("#position-sentence")!.TextContent.Trim());
    }

    [DbFact]
    public async Task Get_PeerGroupItIsNotIn_SaysSo()
    {
        var bench = await app.Data.CreateBenchmarkAsync(5);

        var (response, page) = await (await app.ClientFor(bench.Holder.Admin.Email)).GetPageAsync($"{PositionPath(bench.Holder)}?region=Wales");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not in the group you chose (Wales)", page.QuerySelector("#outside-group")!.TextContent);
        Assert.Null(page.QuerySelector("#not-in-table"));
    }

    [DbFact]
    public async Task Get_BadFilters_ShowTheErrorSummary_NotAServerError()
    {
        var bench = await app.Data.CreateBenchmarkAsync(5);

        var response = await (await app.ClientFor(bench.Holder.Admin.Email)).GetAsync($"{PositionPath(bench.Holder)}?year=20x5&sector=Piracy&size=Huge");

        await PageAssert.InvalidAsync(response, "The year must be a year, like 2025", "Select a sector from the list", "Select a size band from the list");
        var page = await HttpClientForms.ParseAsync(response);
        var links = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("#sector #size #year", string.Join(" ", links.Order(StringComparer.Ordinal)));
        Assert.NotNull(page.QuerySelector("#year-error"));
        // The page falls back to today and all organisations.
        Assert.StartsWith("5th of 5 organisations", page.QuerySelector("#position-sentence")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Get_YearOutOfRange_IsAnErrorAndAPastYearBeforeAnyResultIsNotInTheTable()
    {
        var bench = await app.Data.CreateBenchmarkAsync(5);
        var client = await app.ClientFor(bench.Holder.Admin.Email);
        var nextYear = DateTime.UtcNow.Year + 1;

        await PageAssert.InvalidAsync(await client.GetAsync($"{PositionPath(bench.Holder)}?year={nextYear}"), $"The year must be between 1990 and {nextYear - 1}");
        var (response, page) = await client.GetPageAsync($"{PositionPath(bench.Holder)}?year=2000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("did not hold Customer Service Excellence on 31 December 2000", page.QuerySelector("#not-in-table")!.TextContent);
    }

    [DbFact]
    public async Task Get_NoResults_SaysItIsNotInTheTable_AndPointsToTheSelfAssessment_AndAdminsToApply()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();

        var (response, page) = await (await app.ClientFor(organisation.Member.Email)).GetPageAsync(PositionPath(organisation));
        var (_, adminPage) = await (await app.ClientFor(organisation.Admin.Email)).GetPageAsync(PositionPath(organisation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = page.QuerySelector("#not-in-table")!;
        Assert.Contains("does not hold Customer Service Excellence", message.TextContent);
        var links = message.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/organisations/{organisation.Id}/self-assessment", links);
        // Members may not apply, so they are not sent to the apply page.
        Assert.DoesNotContain($"/organisations/{organisation.Id}/assessments/apply", links);
        Assert.Contains("your organisation's admin can apply", message.TextContent);
        Assert.Contains($"/organisations/{organisation.Id}/assessments/apply",
            adminPage.QuerySelector("#not-in-table")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Null(page.QuerySelector("#position-figures"));
    }

    [DbFact]
    public async Task Get_ShowsConsentState_WithAChangeLinkForAdminsOnly()
    {
        var bench = await app.Data.CreateBenchmarkAsync(5, published: true);
        var consentPath = $"{PositionPath(bench.Holder)}/consent";

        var (_, asAdmin) = await (await app.ClientFor(bench.Holder.Admin.Email)).GetPageAsync(PositionPath(bench.Holder));
        var (_, asMember) = await (await app.ClientFor(bench.Holder.Member.Email)).GetPageAsync(PositionPath(bench.Holder));

        Assert.Contains("You have agreed to publish", asAdmin.QuerySelector("#consent-state")!.TextContent);
        Assert.NotNull(asAdmin.QuerySelector($"main a[href='{consentPath}']"));
        Assert.Contains("You have agreed to publish", asMember.QuerySelector("#consent-state")!.TextContent);
        Assert.Null(asMember.QuerySelector($"main a[href='{consentPath}']"));
    }

    [DbFact]
    public async Task Overview_LinksToThePosition()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();

        var (_, page) = await (await app.ClientFor(organisation.Member.Email)).GetPageAsync($"/organisations/{organisation.Id}");

        Assert.NotNull(page.QuerySelector($"main a[href='{PositionPath(organisation)}']"));
    }
}

public sealed class OurPositionTestsOnSqlite(SqliteApp app) : OurPositionTests(app), IClassFixture<SqliteApp>;

public sealed class OurPositionTestsOnPostgres(PostgresApp app) : OurPositionTests(app), IClassFixture<PostgresApp>;
