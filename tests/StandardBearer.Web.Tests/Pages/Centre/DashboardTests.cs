using System.Net;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Centre;

/// <summary>The standard owner's dashboard: only the owner sees it; every chart has its table, and every table downloads.</summary>
public abstract class DashboardTests(AppFixture app)
{
    [DbFact]
    public async Task Get_OnlyTheStandardOwner_OthersAre403_AnonymousSignsIn()
    {
        var bench = await app.Data.CreateBenchmarkAsync(holders: 2);
        var owner = await app.Data.CreateStandardOwnerAsync();

        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor(owner.Email)).GetAsync("/centre")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(bench.Body.Admin.Email)).GetAsync("/centre")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(bench.Body.Member.Email)).GetAsync("/centre")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(bench.Holder.Admin.Email)).GetAsync("/centre")).StatusCode);
        var anonymous = await app.Anonymous().GetAsync("/centre");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Get_ShowsEachChartWithItsTable_AndTheAdminPageLinksHere()
    {
        await app.Data.CreateHolderAsync(compliancePlus: ["1.1.1"]);
        var owner = await app.Data.CreateStandardOwnerAsync();
        var client = await app.ClientFor(owner.Email);

        var (response, page) = await client.GetPageAsync("/centre");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var id in new[] { "status", "sector", "body", "hardest", "compliance-plus", "trend" })
        {
            Assert.NotNull(page.QuerySelector($"svg[aria-labelledby='{id}-heading']"));
            Assert.NotNull(page.QuerySelector($"table#{id}"));
            Assert.Contains($"/centre?handler=Download&table={id}", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        }
        Assert.Equal(57, page.QuerySelectorAll("#elements tbody tr").Length);
        Assert.Contains("Active", page.QuerySelectorAll("#status tbody th").Select(th => th.TextContent.Trim()));
        Assert.Equal(5, page.QuerySelectorAll("#trend tbody tr").Length);
        Assert.Null(page.QuerySelector("[style]"));
        var (_, admin) = await client.GetPageAsync("/admin");
        Assert.Contains("/centre", admin.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [DbFact]
    public async Task Download_EachTableIsACsvFile_AnUnknownTableShowsTheError()
    {
        await app.Data.CreateHolderAsync();
        var owner = await app.Data.CreateStandardOwnerAsync();
        var client = await app.ClientFor(owner.Email);

        var response = await client.GetAsync("/centre?handler=Download&table=elements");
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("Element,Title,Compliance Plus,Compliance,Partial Compliance,Non-Compliance,Holders rated,Average points,Published cases\r\n", text, StringComparison.Ordinal);
        Assert.Equal(58, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        foreach (var table in new[] { "status", "sector", "body", "hardest", "partial", "compliance-plus", "trend", "cases" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/centre?handler=Download&table={table}")).StatusCode);

        await PageAssert.InvalidAsync(await client.GetAsync("/centre?handler=Download&table=secrets"),
            "The table to download must be one of: status, sector, body, elements, hardest, partial, compliance-plus, trend, cases");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/centre?handler=Download")).StatusCode);
    }
}

public sealed class DashboardTestsOnSqlite(SqliteApp app) : DashboardTests(app), IClassFixture<SqliteApp>;

public sealed class DashboardTestsOnPostgres(PostgresApp app) : DashboardTests(app), IClassFixture<PostgresApp>;
