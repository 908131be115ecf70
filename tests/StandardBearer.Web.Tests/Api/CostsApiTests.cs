using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Costs;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

public abstract class CostsApiTests(AppFixture app)
{
    private static readonly int ThisYear = DateTime.UtcNow.Year;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await JsonAsync(response);
    }

    private static object Time(decimal quantity = 37m, string unit = "Hours", string who = "Element champions") =>
        new { who, role = "Element champions", activity = "Writing self-assessment statements", quantity, unit };

    [DbFact]
    public async Task Costs_RecordChangeReadBudgetAndDelete_FollowTheRules()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(tenant.Member.Email);
        var admin = await app.ClientFor(tenant.Admin.Email);
        var root = $"/api/v1/organisations/{tenant.Id}/costs";

        var created = await member.PostAsJsonAsync($"{root}/{ThisYear}/staff-time", Time());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entry = await JsonAsync(created);
        var entryId = entry.GetProperty("id").GetGuid();
        Assert.Equal($"{root}/staff-time/{entryId}", created.Headers.Location?.OriginalString);
        Assert.Equal(("Hours", 5m, ThisYear), (entry.GetProperty("unit").GetString(), entry.GetProperty("days").GetDecimal(), entry.GetProperty("year").GetInt32()));
        var changed = await member.PutAsJsonAsync($"{root}/staff-time/{entryId}", Time(4m, "Days", "Claire Evans"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Claire Evans", (await JsonAsync(changed)).GetProperty("who").GetString());
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(created.Headers.Location)).StatusCode);

        var fee = await member.PostAsJsonAsync($"{root}/{ThisYear}/items", new { kind = "AssessmentFee", description = "Full assessment fee", amount = 4850m });
        Assert.Equal(HttpStatusCode.Created, fee.StatusCode);
        var feeId = (await JsonAsync(fee)).GetProperty("id").GetGuid();
        Assert.Equal($"{root}/items/{feeId}", fee.Headers.Location?.OriginalString);
        var travel = await JsonAsync(await member.PostAsJsonAsync($"{root}/{ThisYear}/items", new { kind = "Travel", description = "Assessor travel", amount = 100m }));
        var travelId = travel.GetProperty("id").GetGuid();
        var updated = await member.PutAsJsonAsync($"{root}/items/{travelId}", new { kind = "Travel", description = "Assessor travel and subsistence", amount = 312.40m });
        Assert.Equal(312.40m, (await JsonAsync(updated)).GetProperty("amount").GetDecimal());

        await ProblemAsync(await member.PutAsJsonAsync($"{root}/{ThisYear}/budget", new { money = 5000m }), HttpStatusCode.Forbidden);
        var budget = await admin.PutAsJsonAsync($"{root}/{ThisYear}/budget", new { money = 5000m, staffDays = 3.5m, approvedBy = "Board" });
        Assert.Equal(HttpStatusCode.OK, budget.StatusCode);
        Assert.Equal(3.5m, (await JsonAsync(budget)).GetProperty("staffDays").GetDecimal());

        var year = await member.GetFromJsonAsync<JsonElement>($"{root}/{ThisYear}");
        var summary = year.GetProperty("summary");
        Assert.Equal((4m, 4850m, 312.40m, 5162.40m), (summary.GetProperty("staffDays").GetDecimal(), summary.GetProperty("assessmentFees").GetDecimal(),
            summary.GetProperty("otherCosts").GetDecimal(), summary.GetProperty("totalCost").GetDecimal()));
        Assert.True(summary.GetProperty("overMoneyBudget").GetBoolean());
        Assert.True(summary.GetProperty("overStaffBudget").GetBoolean());
        Assert.Equal(1, year.GetProperty("staffTime").GetArrayLength());
        Assert.Equal(["AssessmentFee", "Travel"], year.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()));
        Assert.Equal("Board", year.GetProperty("budget").GetProperty("approvedBy").GetString());
        var years = await member.GetFromJsonAsync<JsonElement>(root);
        Assert.Equal([ThisYear], years.EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));

        await ProblemAsync(await member.DeleteAsync($"{root}/staff-time/{entryId}"), HttpStatusCode.Forbidden);
        await ProblemAsync(await member.DeleteAsync($"{root}/items/{feeId}"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{root}/staff-time/{entryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{root}/items/{feeId}")).StatusCode);
        await ProblemAsync(await admin.GetAsync($"{root}/staff-time/{entryId}"), HttpStatusCode.NotFound);
        Assert.Equal(1, await app.WithDbAsync(db => db.CostItems.CountAsync(c => c.OrganisationId == tenant.Id)));
        Assert.False(await app.WithDbAsync(db => db.StaffTimeEntries.AnyAsync(s => s.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Costs_BadInput_Is400ProblemDetails_AndSavesNothing()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(tenant.Member.Email);
        var admin = await app.ClientFor(tenant.Admin.Email);
        var root = $"/api/v1/organisations/{tenant.Id}/costs";

        var invalid = await ProblemAsync(await member.PostAsJsonAsync($"{root}/1999/staff-time", new { who = "", role = "Lead", activity = "Prep", quantity = 301, unit = "Days" }),
            HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        Assert.Equal("Enter who spent the time", errors.GetProperty("Who")[0].GetString());
        Assert.Equal("Time spent must be more than 0 and no more than 300 days", errors.GetProperty("Quantity")[0].GetString());
        Assert.Equal($"The year must be between 2000 and {ThisYear + 1}", errors.GetProperty("Year")[0].GetString());
        var cost = await ProblemAsync(await member.PostAsJsonAsync($"{root}/{ThisYear}/items", new { kind = "Other", description = "Room", amount = 10_000_001m }), HttpStatusCode.BadRequest);
        Assert.Equal("The amount must be £0 or more and no more than £10,000,000", cost.GetProperty("errors").GetProperty("Amount")[0].GetString());
        var budget = await ProblemAsync(await admin.PutAsJsonAsync($"{root}/{ThisYear}/budget", new { money = -1m }), HttpStatusCode.BadRequest);
        Assert.Equal("The money budget must be £0 or more and no more than £10,000,000", budget.GetProperty("errors").GetProperty("Money")[0].GetString());
        await ProblemAsync(await member.PostAsJsonAsync($"{root}/{ThisYear}/staff-time", Time(unit: "Weeks")), HttpStatusCode.BadRequest);
        await ProblemAsync(await member.PostAsJsonAsync($"{root}/{ThisYear}/items", new { kind = "Bribes", description = "X", amount = 1m }), HttpStatusCode.BadRequest);
        await ProblemAsync(await member.PostAsync($"{root}/{ThisYear}/items", new StringContent("{not json", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await ProblemAsync(await member.PutAsJsonAsync($"{root}/staff-time/{Guid.NewGuid()}", Time()), HttpStatusCode.NotFound);
        Assert.False(await app.WithDbAsync(db => db.StaffTimeEntries.AnyAsync(s => s.OrganisationId == tenant.Id)));
        Assert.False(await app.WithDbAsync(db => db.CostItems.AnyAsync(c => c.OrganisationId == tenant.Id)));
        Assert.False(await app.WithDbAsync(db => db.CostBudgets.AnyAsync(b => b.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Access_Anonymous401_OtherOrganisationAndBodies404_AndAnotherTenantsEntryIs404()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var entry = await app.WithServicesAsync(sp => sp.GetRequiredService<CostService>().AddStaffTimeAsync(tenant.Id, ThisYear,
            new SaveStaffTimeRequest { Who = "Lead", Role = "CSE lead", Activity = "Prep", Quantity = 1m, Unit = TimeUnit.Days }, TestData.ActorFor(tenant.Member)));
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var body = await app.Data.CreateBodyWithUsersAsync();
        var root = $"/api/v1/organisations/{tenant.Id}/costs";
        string[] reads = [root, $"{root}/{ThisYear}", $"{root}/staff-time/{entry.Id}"];

        foreach (var url in reads) await ProblemAsync(await app.Anonymous().GetAsync(url), HttpStatusCode.Unauthorized);
        foreach (var outsider in new[] { other.Admin, body.Admin, body.Member })
        {
            var client = await app.ClientFor(outsider.Email);
            foreach (var url in reads) await ProblemAsync(await client.GetAsync(url), HttpStatusCode.NotFound);
            await ProblemAsync(await client.PostAsJsonAsync($"{root}/{ThisYear}/staff-time", Time()), HttpStatusCode.NotFound);
            await ProblemAsync(await client.DeleteAsync($"{root}/staff-time/{entry.Id}"), HttpStatusCode.NotFound);
            await ProblemAsync(await client.PutAsJsonAsync($"{root}/{ThisYear}/budget", new { money = 1m }), HttpStatusCode.NotFound);
        }
        var otherAdmin = await app.ClientFor(other.Admin.Email);
        var otherRoot = $"/api/v1/organisations/{other.Id}/costs";
        await ProblemAsync(await otherAdmin.GetAsync($"{otherRoot}/staff-time/{entry.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await otherAdmin.PutAsJsonAsync($"{otherRoot}/staff-time/{entry.Id}", Time()), HttpStatusCode.NotFound);
        await ProblemAsync(await otherAdmin.DeleteAsync($"{otherRoot}/staff-time/{entry.Id}"), HttpStatusCode.NotFound);
        Assert.True(await app.WithDbAsync(db => db.StaffTimeEntries.AnyAsync(s => s.Id == entry.Id && s.Who == "Lead")));
    }
}

public sealed class CostsApiTestsOnSqlite(SqliteApp app) : CostsApiTests(app), IClassFixture<SqliteApp>;

public sealed class CostsApiTestsOnPostgres(PostgresApp app) : CostsApiTests(app), IClassFixture<PostgresApp>;
