using System.Net;
using StandardBearer.Core.Common;
using StandardBearer.Core.Organisations;
using StandardBearer.Testing;
using static StandardBearer.Web.Tests.Pages.Benchmarks.BenchmarkTables;

namespace StandardBearer.Web.Tests.Pages.Benchmarks;

/// <summary>
/// The standard owner's national table and heat map across bodies. The class's database is shared, so each test puts
/// its holders in a peer group (sector and region) of its own and filters by it.
/// </summary>
public abstract class NationalBenchmarksTests(AppFixture app)
{
    [DbFact]
    public async Task National_StandardOwner_SeesEveryBodysHoldersWithTheirBodyAndJointRanks()
    {
        var a = await app.Data.CreateBenchmarkAsync(holders: 3, sector: Sector.Police, region: Region.Wales);
        var b = await app.Data.CreateBenchmarkAsync(holders: 3, sector: Sector.Police, region: Region.Wales);
        var owner = await app.Data.CreateStandardOwnerAsync();

        var (response, page) = await (await app.ClientFor(owner.Email)).GetPageAsync("/benchmarks/national?sector=Police&region=Wales");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The two bodies' holders have the same ratings, so each pair shares a rank.
        var rows = Rows(page);
        Assert.Equal(["joint =1", "joint =1", "joint =3", "joint =3", "joint =5", "joint =5"], rows.Select(r => r.Rank));
        Assert.Equal(new[] { a.Holders[2].Name, b.Holders[2].Name }.Order(StringComparer.OrdinalIgnoreCase), rows.Take(2).Select(r => r.Organisation));
        Assert.Equal(new[] { a.Holders[0].Name, b.Holders[0].Name }.Order(StringComparer.OrdinalIgnoreCase), rows.Skip(4).Select(r => r.Organisation));
        Assert.Contains("Certification body", page.QuerySelectorAll("#league-table thead th").Select(th => th.TextContent.Trim()));
        var bodies = page.QuerySelectorAll("#league-table tbody tr").Select(r => (r.QuerySelector("th")!.TextContent.Trim(), Cells(r)[3])).ToList();
        Assert.Contains((a.Holders[1].Name, a.Body.Name), bodies);
        Assert.Contains((b.Holders[1].Name, b.Body.Name), bodies);
        Assert.Equal(DefaultPoints, page.QuerySelector("#points-description")!.TextContent.Trim());
        Assert.Equal($"Holders of Customer Service Excellence on {Dates.Day(Today)}: Police, Wales", page.QuerySelector("#league-table caption")!.TextContent.Trim());
        var (_, admin) = await (await app.ClientFor(owner.Email)).GetPageAsync("/admin");
        Assert.Contains("/benchmarks/national", admin.QuerySelectorAll("main a").Select(l => l.GetAttribute("href")));
    }

    [DbTheory]
    [InlineData("/benchmarks/national")]
    [InlineData("/benchmarks/national/elements")]
    public async Task National_OnlyForTheStandardOwner(string path)
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 1);
        var owner = await app.Data.CreateStandardOwnerAsync();

        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor(owner.Email)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(b.Body.Admin.Email)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(b.Holder.Admin.Email)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Anonymous().GetAsync(path)).StatusCode);
    }

    [DbFact]
    public async Task NationalElements_ShowsTheHeatMapForTheGroup()
    {
        await app.Data.CreateBenchmarkAsync(holders: 3, sector: Sector.Housing, region: Region.Scotland);
        var owner = await app.Data.CreateStandardOwnerAsync();

        var (response, page) = await (await app.ClientFor(owner.Email)).GetPageAsync("/benchmarks/national/elements?sector=Housing&region=Scotland");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3 holders; 2 with no partial compliance", page.QuerySelector("#holder-count")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll("#heat-map tbody tr"));
        var partial = Assert.Single(page.QuerySelectorAll("#most-often-partial tbody tr"));
        Assert.Equal(["1", "33%"], Cells(partial));
    }

    [DbFact]
    public async Task National_CsvDownload_HasTheBodyColumn()
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 2, sector: Sector.HigherEducation, region: Region.NorthWest);
        var owner = await app.Data.CreateStandardOwnerAsync();

        var response = await (await app.ClientFor(owner.Email)).GetAsync("/benchmarks/national?handler=Download&sector=HigherEducation&region=NorthWest&format=csv");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Rank,Joint,Organisation,Sector,Region,Size,Certification body,Points,Compliance Plus,Compliance,Partial Compliance,Non-Compliance", string.Join(",", lines[0]));
        Assert.Equal([(b.Holders[1].Name, b.Body.Name), (b.Holders[0].Name, b.Body.Name)], lines.Skip(1).Select(l => (l[2], l[6])));
    }

    [DbFact]
    public async Task National_BadFilter_ShowsTheErrorSummary()
    {
        var owner = await app.Data.CreateStandardOwnerAsync();

        var response = await (await app.ClientFor(owner.Email)).GetAsync("/benchmarks/national?region=Atlantis");

        await PageAssert.InvalidAsync(response, "Select a region from the list");
    }
}

public sealed class NationalBenchmarksTestsOnSqlite(SqliteApp app) : NationalBenchmarksTests(app), IClassFixture<SqliteApp>;

public sealed class NationalBenchmarksTestsOnPostgres(PostgresApp app) : NationalBenchmarksTests(app), IClassFixture<PostgresApp>;
