using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

public abstract class OrganisationsApiTests(AppFixture app)
{
    private static object Details(string name, string sector = "Police") => new
    {
        name, sector, region = "EastMidlands", sizeBand = "From1000To4999", town = "Nottingham", postcode = "NG1 5FS",
    };

    [DbFact]
    public async Task GetMe_SignedIn_ListsTheUsersMemberships()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Member.Email);

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me"));

        var membership = json.RootElement.GetProperty("memberships")[0];
        Assert.Equal("OrganisationMember", membership.GetProperty("role").GetString());
        Assert.Equal(tenant.Id, membership.GetProperty("tenantId").GetGuid());
    }

    [DbFact]
    public async Task Put_Invalid_IsAValidationProblemWithFieldErrors()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);

        var response = await client.PutAsJsonAsync($"/api/v1/organisations/{tenant.Id}", new { name = "", sector = "Police" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal("Enter the organisation's name", errors.GetProperty("Name")[0].GetString());
        Assert.True(errors.TryGetProperty("Region", out _));
    }

    [DbFact]
    public async Task Put_UnknownEnumValue_IsAProblemNotAServerError()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);

        var response = await client.PutAsJsonAsync($"/api/v1/organisations/{tenant.Id}", new { name = "X", sector = "Piracy" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [DbFact]
    public async Task Put_Valid_UpdatesAndAudits()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);
        var name = $"Constabulary {Guid.NewGuid():N}";

        var response = await client.PutAsJsonAsync($"/api/v1/organisations/{tenant.Id}", Details(name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(name, json.RootElement.GetProperty("name").GetString());
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "OrganisationUpdated" && e.OrganisationId == tenant.Id && e.UserId == tenant.Admin.Id)));
    }

    [DbFact]
    public async Task Put_AsMember_Is403AndOtherTenant_Is404()
    {
        var mine = await app.Data.CreateOrganisationWithUsersAsync();
        var theirs = await app.Data.CreateOrganisationWithUsersAsync();

        var asMember = await (await app.ClientFor(mine.Member.Email)).PutAsJsonAsync($"/api/v1/organisations/{mine.Id}", Details("Member's rename"));
        var asOutsider = await (await app.ClientFor(mine.Admin.Email)).PutAsJsonAsync($"/api/v1/organisations/{theirs.Id}", Details("Hijack"));

        Assert.Equal(HttpStatusCode.Forbidden, asMember.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asOutsider.StatusCode);
        Assert.Equal("application/problem+json", asOutsider.Content.Headers.ContentType?.MediaType);
        Assert.Equal(theirs.Name, await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == theirs.Id).Select(o => o.Name).SingleAsync()));
    }

    [DbFact]
    public async Task Get_Anonymous_Is401ProblemNotARedirect()
    {
        var tenant = await app.Data.CreateOrganisationAsync();

        var response = await app.Anonymous().GetAsync($"/api/v1/organisations/{tenant.Id}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class OrganisationsApiTestsOnSqlite(SqliteApp app) : OrganisationsApiTests(app), IClassFixture<SqliteApp>;

public sealed class OrganisationsApiTestsOnPostgres(PostgresApp app) : OrganisationsApiTests(app), IClassFixture<PostgresApp>;
