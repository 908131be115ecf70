using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

/// <summary>The organisation's benchmark for API clients: position, trend and consent, with the pages' checks.</summary>
public abstract class OrganisationBenchmarkApiTests(AppFixture app)
{
    private static string Base(TestTenant organisation) => $"/api/v1/organisations/{organisation.Id}/benchmark";

    private static readonly string[] PositionFields =
        ["asOf", "pointsDescription", "inTable", "suppressed", "rank", "tied", "total", "ahead", "aheadWithPartial", "withoutPartial", "isWithoutPartial", "points", "sentence", "distribution"];

    private static string Names(JsonElement e) => string.Join(",", e.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

    [DbFact]
    public async Task Position_AsAdminAndMember_HasExactlyTheFields_AndNoOtherNames()
    {
        var bench = await app.Data.CreateBenchmarkAsync(6);

        foreach (var user in new[] { bench.Holder.Admin, bench.Holder.Member })
        {
            var response = await (await app.ClientFor(user.Email)).GetAsync($"{Base(bench.Holder)}/position");
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            Assert.Equal(string.Join(",", PositionFields.Order(StringComparer.Ordinal)), Names(root));
            Assert.Equal(6, root.GetProperty("rank").GetInt32());
            Assert.False(root.GetProperty("tied").GetBoolean());
            Assert.Equal(6, root.GetProperty("total").GetInt32());
            Assert.Equal(5, root.GetProperty("ahead").GetInt32());
            Assert.Equal(1, root.GetProperty("aheadWithPartial").GetInt32());
            Assert.Equal(4, root.GetProperty("withoutPartial").GetInt32());
            Assert.False(root.GetProperty("isWithoutPartial").GetBoolean());
            Assert.Equal(JsonValueKind.Number, root.GetProperty("points").ValueKind);
            Assert.Equal("6th of 6 organisations; 1 of the 5 ahead has one or more partial compliances; 4 organisations have no partial compliances.",
                root.GetProperty("sentence").GetString());
            Assert.True(root.GetProperty("inTable").GetBoolean());
            Assert.False(root.GetProperty("suppressed").GetBoolean());
            Assert.StartsWith("Points are the standard's defaults", root.GetProperty("pointsDescription").GetString(), StringComparison.Ordinal);
            var distribution = root.GetProperty("distribution");
            Assert.Equal(6, distribution.GetProperty("total").GetInt32());
            var bins = distribution.GetProperty("bins").EnumerateArray().ToList();
            Assert.Equal("count,from,to,yours", Names(bins[0]));
            Assert.Equal(6, bins.Sum(b => b.GetProperty("count").GetInt32()));
            Assert.Single(bins, b => b.GetProperty("yours").GetBoolean());
            foreach (var other in bench.Holders.Skip(1)) Assert.DoesNotContain(other.Name, body);
        }
    }

    [DbFact]
    public async Task Position_SmallGroup_IsSuppressed_AndNoResults_IsNotInTable()
    {
        var bench = await app.Data.CreateBenchmarkAsync(4);
        var newcomer = await app.Data.CreateOrganisationWithUsersAsync();

        using var small = JsonDocument.Parse(await (await app.ClientFor(bench.Holder.Admin.Email)).GetStringAsync($"{Base(bench.Holder)}/position"));
        using var none = JsonDocument.Parse(await (await app.ClientFor(newcomer.Admin.Email)).GetStringAsync($"{Base(newcomer)}/position"));

        Assert.True(small.RootElement.GetProperty("inTable").GetBoolean());
        Assert.True(small.RootElement.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, small.RootElement.GetProperty("rank").ValueKind);
        Assert.Equal(JsonValueKind.Null, small.RootElement.GetProperty("distribution").ValueKind);
        Assert.False(none.RootElement.GetProperty("inTable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, none.RootElement.GetProperty("sentence").ValueKind);
    }

    [DbFact]
    public async Task Position_BadFilters_Are400ValidationProblems()
    {
        var bench = await app.Data.CreateBenchmarkAsync(5);

        var response = await (await app.ClientFor(bench.Holder.Member.Email)).GetAsync($"{Base(bench.Holder)}/position?year=soon&region=Atlantis");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal("The year must be a year, like 2025", errors.GetProperty("year")[0].GetString());
        Assert.Equal("Select a region from the list", errors.GetProperty("region")[0].GetString());
    }

    [DbFact]
    public async Task Trend_ListsEachYear_WithNotHeldYearsEmpty()
    {
        var bench = await app.Data.CreateBenchmarkAsync(5);
        var thisYear = DateTime.UtcNow.Year;
        await app.Data.AddHistoricalResultAsync(bench.Holder.Id, bench.Body.Id, new DateOnly(thisYear - 6, 6, 1), compliancePlus: 1);

        using var json = JsonDocument.Parse(await (await app.ClientFor(bench.Holder.Member.Email)).GetStringAsync($"{Base(bench.Holder)}/trend"));

        var years = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(7, years.Count);
        var first = years[0];
        Assert.Equal(thisYear - 6, first.GetProperty("year").GetInt32());
        Assert.True(first.GetProperty("held").GetBoolean());
        Assert.Equal(bench.Body.Name, first.GetProperty("certificationBody").GetString());
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        Assert.Equal(1, first.GetProperty("total").GetInt32());
        Assert.Equal(1, first.GetProperty("compliancePlus").GetInt32());
        var gap = years.Single(y => y.GetProperty("year").GetInt32() == thisYear - 2);
        Assert.False(gap.GetProperty("held").GetBoolean());
        Assert.Equal(JsonValueKind.Null, gap.GetProperty("points").ValueKind);
        var now = years[^1];
        Assert.Equal(5, now.GetProperty("rank").GetInt32());
        Assert.Equal(5, now.GetProperty("total").GetInt32());
        Assert.Equal(1, now.GetProperty("partial").GetInt32());
    }

    [DbFact]
    public async Task Consent_PutAsAdmin_PublishesAndAudits_BadBodyIs400()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(organisation.Admin.Email);

        var missing = await client.PutAsJsonAsync($"{Base(organisation)}/consent", new { });
        var notABool = await client.PutAsync($"{Base(organisation)}/consent", new StringContent("{\"publish\":\"maybe\"}", System.Text.Encoding.UTF8, "application/json"));
        var response = await client.PutAsJsonAsync($"{Base(organisation)}/consent", new { publish = true });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        using (var problem = JsonDocument.Parse(await missing.Content.ReadAsStringAsync()))
            Assert.Equal("Select yes if you want to publish your results", problem.RootElement.GetProperty("errors").GetProperty("publish")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, notABool.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("publish").GetBoolean());
        Assert.True(await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.PublishBenchmark).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "BenchmarkConsentGiven" && e.OrganisationId == organisation.Id && e.UserId == organisation.Admin.Id)));
        using var read = JsonDocument.Parse(await (await app.ClientFor(organisation.Member.Email)).GetStringAsync($"{Base(organisation)}/consent"));
        Assert.True(read.RootElement.GetProperty("publish").GetBoolean());
    }

    [DbFact]
    public async Task Authorisation_AnonymousIs401_MemberPutIs403_OthersAre404()
    {
        var bench = await app.Data.CreateBenchmarkAsync(5);
        var other = await app.Data.CreateOrganisationWithUsersAsync();

        foreach (var path in new[] { "/position", "/trend", "/consent" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(Base(bench.Holder) + path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync(Base(bench.Holder) + path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(bench.Body.Admin.Email)).GetAsync(Base(bench.Holder) + path)).StatusCode);
        }
        var asMember = await (await app.ClientFor(bench.Holder.Member.Email)).PutAsJsonAsync($"{Base(bench.Holder)}/consent", new { publish = true });
        var asOutsider = await (await app.ClientFor(other.Admin.Email)).PutAsJsonAsync($"{Base(bench.Holder)}/consent", new { publish = true });
        var anonymous = await app.Anonymous().PutAsJsonAsync($"{Base(bench.Holder)}/consent", new { publish = true });

        Assert.Equal(HttpStatusCode.Forbidden, asMember.StatusCode);
        Assert.Equal("application/problem+json", asMember.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, asOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == bench.Holder.Id).Select(o => o.PublishBenchmark).SingleAsync()));
    }

    [DbFact]
    public async Task OpenApi_ListsTheBenchmarkEndpoints()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/organisations/{organisationId}/benchmark/position", out _));
        Assert.True(paths.TryGetProperty("/api/v1/organisations/{organisationId}/benchmark/trend", out _));
        Assert.True(paths.GetProperty("/api/v1/organisations/{organisationId}/benchmark/consent").TryGetProperty("put", out _));
    }
}

public sealed class OrganisationBenchmarkApiTestsOnSqlite(SqliteApp app) : OrganisationBenchmarkApiTests(app), IClassFixture<SqliteApp>;

public sealed class OrganisationBenchmarkApiTestsOnPostgres(PostgresApp app) : OrganisationBenchmarkApiTests(app), IClassFixture<PostgresApp>;
