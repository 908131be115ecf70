using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

public abstract class BestPracticeLibraryApiTests(AppFixture app)
{
    private static string Token() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [DbFact]
    public async Task Search_Anonymous_ReturnsPublishedCasesOnly()
    {
        var token = Token();
        var holder = await app.Data.CreateHolderAsync(compliancePlus: ["3.2.1", "3.2.2"]);
        var published = await app.PublishCaseAsync(holder.Assessment.Id, "3.2.1", "Open data", $"We publish {token} monthly.");
        await app.WithDbAsync(async db =>
        {
            var draft = await db.BestPracticeCases.IgnoreQueryFilters().SingleAsync(c => c.AssessmentId == holder.Assessment.Id && c.ElementNumber == "3.2.2");
            draft.Description = $"Draft {token}";
            return await db.SaveChangesAsync();
        });

        var response = await app.Anonymous().GetAsync($"/api/v1/best-practice?query={token}&criterion=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        var item = json.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(published, item.GetProperty("id").GetGuid());
        Assert.Equal("3.2.1", item.GetProperty("element").GetString());
        Assert.Equal(holder.Organisation.Name, item.GetProperty("organisation").GetString());
        Assert.Equal("LocalGovernment", item.GetProperty("sector").GetString());
    }

    [DbFact]
    public async Task Case_Anonymous_ReturnsItInFull_AndUnknownIs404ProblemDetails()
    {
        var holder = await app.Data.CreateHolderAsync(compliancePlus: ["3.3.1"]);
        var published = await app.PublishCaseAsync(holder.Assessment.Id, "3.3.1", "Service standards", "We set and publish service standards with residents.");

        var ok = await JsonAsync(await app.Anonymous().GetAsync($"/api/v1/best-practice/{published}"));
        var missing = await app.Anonymous().GetAsync($"/api/v1/best-practice/{Guid.NewGuid()}");

        Assert.Equal("We set and publish service standards with residents.", ok.GetProperty("description").GetString());
        Assert.Equal("Exemplary practice on 3.3.1.", ok.GetProperty("assessorComment").GetString());
        Assert.Equal(holder.Body.Name, ok.GetProperty("certificationBody").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [DbTheory]
    [InlineData("criterion=9", "criterion")]
    [InlineData("element=1.1.99", "element")]
    [InlineData("sector=Mars", "sector")]
    [InlineData("year=26", "year")]
    [InlineData("page=first", "page")]
    public async Task Search_BadFilter_Is400WithTheField(string query, string field)
    {
        var response = await app.Anonymous().GetAsync($"/api/v1/best-practice?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }
}

public sealed class BestPracticeLibraryApiTestsOnSqlite(SqliteApp app) : BestPracticeLibraryApiTests(app), IClassFixture<SqliteApp>;

public sealed class BestPracticeLibraryApiTestsOnPostgres(PostgresApp app) : BestPracticeLibraryApiTests(app), IClassFixture<PostgresApp>;
