using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Certification;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

public abstract class RegisterApiTests(AppFixture app)
{
    private static string Token() => $"reg{Guid.NewGuid():N}"[..11];

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private Task<bool> Certificates(TestHolder holder, Func<CertificateService, Core.Accounts.Actor, Task> work) => app.WithServicesAsync(async sp =>
    {
        await work(sp.GetRequiredService<CertificateService>(), TestData.ActorFor(holder.Body.Admin));
        return true;
    });

    [DbFact]
    public async Task Search_Anonymous_ReturnsAPageOfHolders()
    {
        var token = Token();
        var holder = await app.Data.CreateHolderAsync($"Api council {token}", Core.Organisations.Sector.Police, Core.Organisations.Region.Wales, compliancePlus: ["1.1.1"]);

        var response = await app.Anonymous().GetAsync($"/api/v1/register?query={token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal((1, 20, 1), (json.GetProperty("page").GetInt32(), json.GetProperty("pageSize").GetInt32(), json.GetProperty("total").GetInt32()));
        var item = json.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(holder.Number, item.GetProperty("number").GetString());
        Assert.Equal(holder.Organisation.Name, item.GetProperty("organisation").GetString());
        Assert.Equal("Police", item.GetProperty("sector").GetString());
        Assert.Equal("Wales", item.GetProperty("region").GetString());
        Assert.Equal("Whole organisation", item.GetProperty("scope").GetString());
        Assert.Equal(holder.Body.Name, item.GetProperty("certificationBody").GetString());
        Assert.Equal(holder.Body.Id, item.GetProperty("certificationBodyId").GetGuid());
        Assert.Equal("Active", item.GetProperty("status").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd"), item.GetProperty("heldSince").GetString());
        Assert.Equal(1, item.GetProperty("compliancePlus").GetInt32());
    }

    [DbFact]
    public async Task Search_SuspendedAndConfidential_ListsTheSuspendedOneOnly()
    {
        var token = Token();
        var suspended = await app.Data.CreateHolderAsync($"Suspended {token}");
        var confidential = await app.Data.CreateHolderAsync($"Confidential {token}");
        await Certificates(suspended, (s, actor) => s.ChangeStatusAsync(suspended.Body.Id, suspended.CertificateId,
            new ChangeCertificateStatusRequest { Status = CertificateStatus.Suspended, Reason = "Overdue review." }, actor));
        await Certificates(confidential, (s, actor) => s.SetConfidentialAsync(confidential.Body.Id, confidential.CertificateId, new SetConfidentialRequest { Confidential = true }, actor));

        var json = await JsonAsync(await app.Anonymous().GetAsync($"/api/v1/register?query={token}&body={suspended.Body.Id}&page=1&pageSize=5"));

        var item = json.GetProperty("items").EnumerateArray().Single();
        Assert.Equal((suspended.Number, "Suspended"), (item.GetProperty("number").GetString(), item.GetProperty("status").GetString()));
        Assert.Equal(5, json.GetProperty("pageSize").GetInt32());
    }

    [DbFact]
    public async Task Search_OutOfRangePaging_IsBroughtIntoRange()
    {
        var json = await JsonAsync(await app.Anonymous().GetAsync("/api/v1/register?page=-3&pageSize=1000"));

        Assert.Equal((1, 100), (json.GetProperty("page").GetInt32(), json.GetProperty("pageSize").GetInt32()));
    }

    [DbFact]
    public async Task Search_UnreadableFilters_IsAValidationProblemKeyedByField()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/register?sector=Nope&region=7&body=not-a-guid&page=abc&pageSize=x");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Equal("Select a sector from the list", errors.GetProperty("sector")[0].GetString());
        Assert.Equal("Select a region from the list", errors.GetProperty("region")[0].GetString());
        Assert.Equal("Select a certification body from the list", errors.GetProperty("body")[0].GetString());
        Assert.Equal("The page must be a whole number", errors.GetProperty("page")[0].GetString());
        Assert.Equal("The page size must be a whole number", errors.GetProperty("pageSize")[0].GetString());
    }

    [DbFact]
    public async Task Verify_Suspended_ReturnsItsStatusReasonAndDates()
    {
        var holder = await app.Data.CreateHolderAsync();
        await Certificates(holder, (s, actor) => s.ChangeStatusAsync(holder.Body.Id, holder.CertificateId,
            new ChangeCertificateStatusRequest { Status = CertificateStatus.Suspended, Reason = "Overdue review." }, actor));

        var response = await app.Anonymous().GetAsync($"/api/v1/register/certificates/{holder.Number.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal(holder.Number, json.GetProperty("number").GetString());
        Assert.Equal(holder.Organisation.Name, json.GetProperty("organisation").GetString());
        Assert.Equal(holder.Body.Name, json.GetProperty("certificationBody").GetString());
        Assert.Equal("Customer Service Excellence", json.GetProperty("standard").GetString());
        Assert.Equal("Suspended", json.GetProperty("status").GetString());
        Assert.Equal("Overdue review.", json.GetProperty("statusReason").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd"), json.GetProperty("statusChangedOn").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd"), json.GetProperty("originalIssuedOn").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd"), json.GetProperty("issuedOn").GetString());
        Assert.Equal(Today.AddYears(3).ToString("yyyy-MM-dd"), json.GetProperty("expiresOn").GetString());
    }

    [DbFact]
    public async Task Verify_Confidential_StillVerifies()
    {
        var holder = await app.Data.CreateHolderAsync();
        await Certificates(holder, (s, actor) => s.SetConfidentialAsync(holder.Body.Id, holder.CertificateId, new SetConfidentialRequest { Confidential = true }, actor));

        var json = await JsonAsync(await app.Anonymous().GetAsync($"/api/v1/register/certificates/{holder.Number}"));

        Assert.Equal("Active", json.GetProperty("status").GetString());
    }

    [DbFact]
    public async Task Verify_Unknown_Is404ProblemDetails()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/register/certificates/CSE-XX-2026-9999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("https://standardbearer.dev/problems/not-found", (await JsonAsync(response)).GetProperty("type").GetString());
    }

    [DbFact]
    public async Task OpenApi_ListsTheRegisterEndpoints()
    {
        var paths = (await JsonAsync(await app.Anonymous().GetAsync("/openapi/v1.json"))).GetProperty("paths");

        Assert.True(paths.GetProperty("/api/v1/register").TryGetProperty("get", out var search));
        Assert.Equal(["query", "sector", "region", "body", "page", "pageSize"], search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(paths.GetProperty("/api/v1/register/certificates/{number}").TryGetProperty("get", out _));
    }
}

public sealed class RegisterApiTestsOnSqlite(SqliteApp app) : RegisterApiTests(app), IClassFixture<SqliteApp>;

public sealed class RegisterApiTestsOnPostgres(PostgresApp app) : RegisterApiTests(app), IClassFixture<PostgresApp>;

/// <summary>A fixture with a tight public limit, to see the register's per-address rate limit work.</summary>
public sealed class TightPublicRateLimitApp : SqliteApp
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["RateLimits:PublicPerMinute"] = "3" };
}

/// <summary>The public limit counts every request to the register, per client address, across its API and pages.</summary>
public sealed class RegisterRateLimitTests(TightPublicRateLimitApp app) : IClassFixture<TightPublicRateLimitApp>
{
    [Fact]
    public async Task Api_OverTheLimit_Gets429WithRetryAfterAndProblemDetails()
    {
        var client = app.Anonymous();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.GetAsync("/api/v1/register/certificates/CSE-XX-2026-0001");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last!.Headers.RetryAfter);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.Equal("https://standardbearer.dev/problems/too-many-requests", (await JsonAsync(last)).GetProperty("type").GetString());
        // The limit is the register's: the rest of the service is not counted against it.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/standards")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/standard")).StatusCode);
        // And the register's pages share it.
        var page = await client.GetAsync("/register");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/register/export?format=csv")).StatusCode);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
