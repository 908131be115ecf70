using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Organisations;
using StandardBearer.Testing;
using static StandardBearer.Web.Tests.Pages.Benchmarks.BenchmarkTables;

namespace StandardBearer.Web.Tests.Api;

/// <summary>League tables and heat maps over the API, with the pages' visibility rules. Shared database: national and public tests use their own peer group.</summary>
public abstract class BenchmarksApiTests(AppFixture app)
{
    private static string BodyPath(TestBenchmark b) => $"/api/v1/benchmarks/bodies/{b.Body.Id}";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static void AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [DbFact]
    public async Task BodyLeagueTable_Admin_GetsTheRankedRowsWithEveryField()
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 3);
        await app.Data.CopyBenchmarkRatingsAsync(b.Holders[2], b.Holders[1]);
        var elements = (await RatedAsync(app, b.Holders[2])).Count;

        var response = await (await app.ClientFor(b.Body.Admin.Email)).GetAsync($"{BodyPath(b)}/league-table");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal(Today.ToString("yyyy-MM-dd"), json.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("pointsScheme").ValueKind);
        Assert.Equal(DefaultPoints, json.GetProperty("pointsDescription").GetString());
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([(1, true), (1, true), (3, false)], rows.Select(r => (r.GetProperty("rank").GetInt32(), r.GetProperty("tied").GetBoolean())));
        var last = rows[2];
        Assert.Equal(b.Holders[0].Name, last.GetProperty("organisation").GetString());
        Assert.Equal(b.Holders[0].Id, last.GetProperty("organisationId").GetGuid());
        Assert.Equal(("LocalGovernment", "London", "From250To999"),
            (last.GetProperty("sector").GetString(), last.GetProperty("region").GetString(), last.GetProperty("sizeBand").GetString()));
        Assert.Equal(JsonValueKind.Null, last.GetProperty("certificationBody").ValueKind);
        Assert.Equal((2 * (elements - 1) + 1, 0, elements - 1, 1, 0),
            (last.GetProperty("points").GetInt32(), last.GetProperty("compliancePlus").GetInt32(), last.GetProperty("compliance").GetInt32(),
                last.GetProperty("partial").GetInt32(), last.GetProperty("nonCompliance").GetInt32()));
    }

    [DbFact]
    public async Task HolderPosition_Admin_GetsTheBoardsFigures_AndA404ForAnOrganisationNotInTheTable()
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 6);
        var admin = await app.ClientFor(b.Body.Admin.Email);

        var response = await admin.GetAsync($"{BodyPath(b)}/organisations/{b.Holder.Id}/position");
        var stranger = await admin.GetAsync($"{BodyPath(b)}/organisations/{Guid.NewGuid()}/position");
        var badYear = await admin.GetAsync($"{BodyPath(b)}/organisations/{b.Holder.Id}/position?year=soon");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal(b.Holder.Name, json.GetProperty("organisation").GetString());
        Assert.Equal((6, false, 6, 5, 1, 4, false),
            (json.GetProperty("rank").GetInt32(), json.GetProperty("tied").GetBoolean(), json.GetProperty("total").GetInt32(), json.GetProperty("ahead").GetInt32(),
                json.GetProperty("aheadWithPartial").GetInt32(), json.GetProperty("withoutPartial").GetInt32(), json.GetProperty("isWithoutPartial").GetBoolean()));
        Assert.Equal("6th of 6 organisations; 1 of the 5 ahead has one or more partial compliances; 4 organisations have no partial compliances.",
            json.GetProperty("sentence").GetString());
        Assert.True(json.GetProperty("points").GetInt32() > 0);
        AssertProblem(stranger, HttpStatusCode.NotFound);
        AssertProblem(badYear, HttpStatusCode.BadRequest);
    }

    [DbFact]
    public async Task BodyEndpoints_401Anonymous_403Assessor_404OtherBodyAndHolder()
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 1);
        var other = await app.Data.CreateBodyWithUsersAsync();

        foreach (var path in new[] { $"{BodyPath(b)}/league-table", $"{BodyPath(b)}/elements", $"{BodyPath(b)}/organisations/{b.Holder.Id}/position" })
        {
            Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor(b.Body.Admin.Email)).GetAsync(path)).StatusCode);
            AssertProblem(await app.Anonymous().GetAsync(path), HttpStatusCode.Unauthorized);
            AssertProblem(await (await app.ClientFor(b.Body.Member.Email)).GetAsync(path), HttpStatusCode.Forbidden);
            AssertProblem(await (await app.ClientFor(other.Admin.Email)).GetAsync(path), HttpStatusCode.NotFound);
            AssertProblem(await (await app.ClientFor(b.Holder.Admin.Email)).GetAsync(path), HttpStatusCode.NotFound);
        }
    }

    [DbFact]
    public async Task BodyLeagueTable_BadFilters_AreAValidationProblemKeyedByParameter()
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 1);

        var response = await (await app.ClientFor(b.Body.Admin.Email)).GetAsync($"{BodyPath(b)}/league-table?year=1066&sector=Nope&region=Mars&size=7");

        AssertProblem(response, HttpStatusCode.BadRequest);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Equal($"The year must be between 1990 and {Today.Year}", errors.GetProperty("year")[0].GetString());
        Assert.Equal("Select a sector from the list", errors.GetProperty("sector")[0].GetString());
        Assert.Equal("Select a region from the list", errors.GetProperty("region")[0].GetString());
        Assert.Equal("Select a size band from the list", errors.GetProperty("size")[0].GetString());
        AssertProblem(await (await app.ClientFor(b.Body.Admin.Email)).GetAsync($"{BodyPath(b)}/elements?year=soon"), HttpStatusCode.BadRequest);
    }

    [DbFact]
    public async Task BodyLeagueTable_WithASchemeInForce_NamesIt()
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 1);
        await app.WithServicesAsync(sp => sp.GetRequiredService<PointsSchemeService>().AddAsync(b.Body.Id, new SavePointsSchemeRequest
        {
            Name = "Flat", EffectiveFrom = new DateOnly(2020, 1, 1),
            Points = new Dictionary<string, int?> { ["CompliancePlus"] = 1, ["Compliance"] = 1, ["PartialCompliance"] = 1, ["NonCompliance"] = 1 },
        }, TestData.ActorFor(b.Body.Admin)));
        var elements = (await RatedAsync(app, b.Holders[0])).Count;

        var json = await JsonAsync(await (await app.ClientFor(b.Body.Admin.Email)).GetAsync($"{BodyPath(b)}/league-table"));

        Assert.Equal("Flat", json.GetProperty("pointsScheme").GetString());
        Assert.StartsWith("Points are from the scheme “Flat”, in force from 1 January 2020", json.GetProperty("pointsDescription").GetString(), StringComparison.Ordinal);
        Assert.Equal(elements, json.GetProperty("rows")[0].GetProperty("points").GetInt32());
    }

    [DbFact]
    public async Task BodyElements_GivesEachElementsRatingsAndTheMostOftenPartial()
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 4);
        var elements = await RatedAsync(app, b.Holders[0]);
        var partial = Assert.Single(await RatedAsync(app, b.Holders[0], "PartialCompliance"));

        var json = await JsonAsync(await (await app.ClientFor(b.Body.Admin.Email)).GetAsync($"{BodyPath(b)}/elements"));

        Assert.Equal(4, json.GetProperty("holders").GetInt32());
        Assert.Equal(elements.Count, json.GetProperty("elements").GetArrayLength());
        var element = json.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("element").GetString() == partial);
        Assert.Equal(["CompliancePlus", "Compliance", "PartialCompliance", "NonCompliance"], element.GetProperty("ratings").EnumerateArray().Select(r => r.GetProperty("rating").GetString()));
        var most = Assert.Single(json.GetProperty("mostOftenPartial").EnumerateArray());
        Assert.Equal((partial, 2, 0.5m), (most.GetProperty("element").GetString(), most.GetProperty("partialOrWorse").GetInt32(), most.GetProperty("partialOrWorseShare").GetDecimal()));
    }

    [DbFact]
    public async Task National_StandardOwnerOnly_RowsNameTheBody()
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 2, sector: Sector.Police, region: Region.EastMidlands);
        var owner = await app.ClientFor((await app.Data.CreateStandardOwnerAsync()).Email);

        var table = await owner.GetAsync("/api/v1/benchmarks/national?sector=Police&region=EastMidlands");
        var elements = await owner.GetAsync("/api/v1/benchmarks/national/elements?sector=Police&region=EastMidlands");

        Assert.Equal(HttpStatusCode.OK, table.StatusCode);
        var rows = (await JsonAsync(table)).GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([(b.Holders[1].Name, b.Body.Name), (b.Holders[0].Name, b.Body.Name)],
            rows.Select(r => (r.GetProperty("organisation").GetString(), r.GetProperty("certificationBody").GetString())));
        Assert.Equal(2, (await JsonAsync(elements)).GetProperty("holders").GetInt32());
        AssertProblem(await (await app.ClientFor(b.Body.Admin.Email)).GetAsync("/api/v1/benchmarks/national"), HttpStatusCode.Forbidden);
        AssertProblem(await (await app.ClientFor(b.Body.Admin.Email)).GetAsync("/api/v1/benchmarks/national/elements"), HttpStatusCode.Forbidden);
        AssertProblem(await app.Anonymous().GetAsync("/api/v1/benchmarks/national"), HttpStatusCode.Unauthorized);
        AssertProblem(await owner.GetAsync("/api/v1/benchmarks/national?sector=Nope"), HttpStatusCode.BadRequest);
    }

    [DbFact]
    public async Task Public_Anonymous_FiveConsentingAreShown_FewerAreSuppressed()
    {
        var shown = await app.Data.CreateBenchmarkAsync(holders: 5, sector: Sector.NationalPark, region: Region.YorkshireAndTheHumber, published: true);
        await app.Data.CreateBenchmarkAsync(holders: 2, sector: Sector.NationalPark, region: Region.YorkshireAndTheHumber);
        await app.Data.CreateBenchmarkAsync(holders: 4, sector: Sector.NationalPark, region: Region.NorthernIreland, published: true);

        var visible = await JsonAsync(await app.Anonymous().GetAsync("/api/v1/benchmarks/public?sector=NationalPark&region=YorkshireAndTheHumber"));
        var hidden = await JsonAsync(await app.Anonymous().GetAsync("/api/v1/benchmarks/public?sector=NationalPark&region=NorthernIreland"));

        Assert.False(visible.GetProperty("suppressed").GetBoolean());
        Assert.Equal(shown.Holders.Reverse().Select(h => h.Name), visible.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("organisation").GetString()));
        Assert.Equal([1, 2, 3, 4, 5], visible.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("rank").GetInt32()));
        Assert.True(hidden.GetProperty("suppressed").GetBoolean());
        Assert.Equal(0, hidden.GetProperty("rows").GetArrayLength());
        AssertProblem(await app.Anonymous().GetAsync("/api/v1/benchmarks/public?year=abc"), HttpStatusCode.BadRequest);
    }
}

public sealed class BenchmarksApiTestsOnSqlite(SqliteApp app) : BenchmarksApiTests(app), IClassFixture<SqliteApp>;

public sealed class BenchmarksApiTestsOnPostgres(PostgresApp app) : BenchmarksApiTests(app), IClassFixture<PostgresApp>;
