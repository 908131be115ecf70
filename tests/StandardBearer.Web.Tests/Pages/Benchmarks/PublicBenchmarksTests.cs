using System.Net;
using StandardBearer.Core.Organisations;
using StandardBearer.Testing;
using static StandardBearer.Web.Tests.Pages.Benchmarks.BenchmarkTables;

namespace StandardBearer.Web.Tests.Pages.Benchmarks;

/// <summary>
/// The public table: only holders that agreed to publish, ranked among themselves, and nothing for a group of fewer
/// than five. Each test uses a peer group of its own, as the class's database is shared.
/// </summary>
public abstract class PublicBenchmarksTests(AppFixture app)
{
    [DbFact]
    public async Task Public_Anonymous_SeesOnlyConsentingHoldersRankedAmongThemselves()
    {
        var published = await app.Data.CreateBenchmarkAsync(holders: 6, sector: Sector.FireAndRescue, region: Region.NorthEast, published: true);
        var unpublished = await app.Data.CreateBenchmarkAsync(holders: 3, sector: Sector.FireAndRescue, region: Region.NorthEast);

        var (response, page) = await app.Anonymous().GetPageAsync("/benchmarks?sector=FireAndRescue&region=NorthEast");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The unpublished holders would tie with holders 0 to 2; among the published alone there are no ties.
        Assert.Equal(published.Holders.Reverse().Select((h, i) => ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), h.Name)), Rows(page));
        foreach (var h in unpublished.Holders) Assert.DoesNotContain(h.Name, page.QuerySelector("main")!.TextContent);
        Assert.Contains("Organisations choose whether to appear here", page.QuerySelector("#consent")!.TextContent);
        Assert.Equal(DefaultPoints, page.QuerySelector("#points-description")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#suppressed"));
    }

    [DbFact]
    public async Task Public_FewerThanFiveConsenting_ShowsNoneAndSaysWhy()
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 4, sector: Sector.Charity, region: Region.SouthWest, published: true);
        await app.Data.CreateBenchmarkAsync(holders: 3, sector: Sector.Charity, region: Region.SouthWest);

        var (response, page) = await app.Anonymous().GetPageAsync("/benchmarks?sector=Charity&region=SouthWest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Fewer than 5 organisations in this group have agreed to publish their results, so none are shown.", page.QuerySelector("#suppressed")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#league-table"));
        Assert.DoesNotContain(b.Holders[1].Name, page.QuerySelector("main")!.TextContent);
    }

    [DbFact]
    public async Task Public_BadFilter_ShowsTheErrorSummaryNotA500()
    {
        var response = await app.Anonymous().GetAsync("/benchmarks?year=abc&size=Giant");

        await PageAssert.InvalidAsync(response, "The year must be a year, like 2025", "Select a size band from the list");
    }

    [DbFact]
    public async Task RegisterAndFooter_LinkToThePublicTable()
    {
        var (_, register) = await app.Anonymous().GetPageAsync("/register");

        Assert.Equal("/benchmarks", register.QuerySelector("#published-table-link a")!.GetAttribute("href"));
        Assert.Contains("/benchmarks", register.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")));
    }
}

public sealed class PublicBenchmarksTestsOnSqlite(SqliteApp app) : PublicBenchmarksTests(app), IClassFixture<SqliteApp>;

public sealed class PublicBenchmarksTestsOnPostgres(PostgresApp app) : PublicBenchmarksTests(app), IClassFixture<PostgresApp>;
