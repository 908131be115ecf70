using System.Net;
using AngleSharp.Dom;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Benchmarks;

/// <summary>The organisation's points and rank year by year, as a chart with the same figures in a table.</summary>
public abstract class OurTrendTests(AppFixture app)
{
    private static string TrendPath(TestTenant organisation) => $"/organisations/{organisation.Id}/benchmarks/trend";

    private static IElement Row(IDocument page, string year) =>
        page.QuerySelectorAll("#trend tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == year);

    private static List<string> Cells(IElement row) => row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();

    [DbFact]
    public async Task Get_ResultsOverSeveralYears_ShowsEachYear_WithNotHeldBetween()
    {
        // The builder's result (100 days ago) ranks the holder last of 6 this year. Before that, alone with its body:
        // a result nine years ago lapses after three years (and the grace), and one three years ago starts again.
        var bench = await app.Data.CreateBenchmarkAsync(6);
        var thisYear = DateTime.UtcNow.Year;
        await app.Data.AddHistoricalResultAsync(bench.Holder.Id, bench.Body.Id, new DateOnly(thisYear - 9, 6, 1), compliancePlus: 2);
        await app.Data.AddHistoricalResultAsync(bench.Holder.Id, bench.Body.Id, new DateOnly(thisYear - 3, 6, 1), compliancePlus: 3);

        foreach (var user in new[] { bench.Holder.Admin, bench.Holder.Member })
        {
            var (response, page) = await (await app.ClientFor(user.Email)).GetPageAsync(TrendPath(bench.Holder));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(10, page.QuerySelectorAll("#trend tbody tr").Length);
            var first = Cells(Row(page, $"{thisYear - 9}"));
            Assert.Equal(bench.Body.Name, first[0]);
            Assert.Equal("1st of 1", first[2]);
            Assert.Equal("2", first[3]);
            Assert.Equal("0", first[5]);
            Assert.Equal("Not held", Cells(Row(page, $"{thisYear - 4}")).Single());
            Assert.Equal("Not held", Cells(Row(page, $"{thisYear - 5}")).Single());
            var restarted = Cells(Row(page, $"{thisYear - 3}"));
            Assert.Equal("1st of 1", restarted[2]);
            Assert.Equal("3", restarted[3]);
            var now = Cells(Row(page, $"{thisYear} to date"));
            Assert.Equal("6th of 6", now[2]);
            Assert.Equal("1", now[5]);

            var chart = page.QuerySelector("main svg[role=img]")!;
            Assert.Equal("trend-heading", chart.GetAttribute("aria-labelledby"));
            Assert.Contains("Not held", chart.TextContent);
            Assert.Contains("6th of 6", chart.TextContent);
        }
    }

    [DbFact]
    public async Task Get_TiedRank_IsShownAsJoint()
    {
        var bench = await app.Data.CreateBenchmarkAsync(5);
        // A twin of the holder, with the same ratings from the same body.
        var twin = await app.Data.CreateOrganisationAsync();
        await app.Data.AddHistoricalResultAsync(twin.Id, bench.Body.Id, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-50), compliancePlus: 0);
        await app.Data.AddHistoricalResultAsync(bench.Holder.Id, bench.Body.Id, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-50), compliancePlus: 0);

        var (_, page) = await (await app.ClientFor(bench.Holder.Admin.Email)).GetPageAsync(TrendPath(bench.Holder));

        var rank = Row(page, $"{DateTime.UtcNow.Year} to date").QuerySelectorAll("td")[2];
        Assert.Equal("Joint", rank.QuerySelector(".govuk-visually-hidden")!.TextContent.Trim());
        Assert.Contains("=", rank.QuerySelector("[aria-hidden=true]")!.TextContent);
        Assert.DoesNotContain(twin.Name, page.Source.Text);
    }

    [DbFact]
    public async Task Get_NoResults_SaysThereIsNothingYet()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();

        var (response, page) = await (await app.ClientFor(organisation.Admin.Email)).GetPageAsync(TrendPath(organisation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#no-trend"));
        Assert.Null(page.QuerySelector("#trend"));
    }

    [DbFact]
    public async Task Get_BodyUsersAndOtherOrganisations_Get404()
    {
        var bench = await app.Data.CreateBenchmarkAsync(5);
        var other = await app.Data.CreateOrganisationWithUsersAsync();

        foreach (var email in new[] { bench.Body.Admin.Email, other.Admin.Email })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(email)).GetAsync(TrendPath(bench.Holder))).StatusCode);
    }
}

public sealed class OurTrendTestsOnSqlite(SqliteApp app) : OurTrendTests(app), IClassFixture<SqliteApp>;

public sealed class OurTrendTestsOnPostgres(PostgresApp app) : OurTrendTests(app), IClassFixture<PostgresApp>;
