using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

public abstract class ResultsImportsApiTests(AppFixture app)
{
    private const string Header = "organisation,sector,region,certification_body,assessment_date,assessment_type,element,rating";

    private static string ImportsPath(Guid bodyId) => $"/api/v1/certification-bodies/{bodyId}/results/imports";

    private static MultipartFormDataContent Form(string? csv, Dictionary<string, string>? fields = null)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields ?? []) form.Add(new StringContent(value), name);
        if (csv is not null)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"history.csv\"" };
            form.Add(part);
        }
        return form;
    }

    private static string Csv(params string[] rows) => string.Join("\n", [Header, .. rows]) + "\n";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private Task<int> ResultsOfAsync(Guid bodyId) => app.WithDbAsync(db => db.HistoricalResults.CountAsync(h => h.CertificationBodyId == bodyId));

    [DbFact]
    public async Task Import_Valid_Is201WithTheCountsAndLocation_AndAgainChangesNothing()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var organisation = await app.Data.CreateOrganisationAsync();
        var admin = await app.ClientFor(body.Admin.Email);
        var csv = Csv($"{organisation.Name},,,{body.Name},2024-03-01,Initial,1.1.1,Compliance", $"{organisation.Name},,,{body.Name},2024-03-01,Initial,1.1.2,Compliance Plus");

        var response = await admin.PostAsync(ImportsPath(body.Id), Form(csv, new() { ["version"] = "summaries-1", ["createMissing"] = "false" }));
        var again = await admin.PostAsync(ImportsPath(body.Id), Form(csv));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await JsonAsync(response);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"{ImportsPath(body.Id)}/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal((2, 1, 0, "summaries-1", "history.csv"), (created.GetProperty("rows").GetInt32(), created.GetProperty("resultsCreated").GetInt32(),
            created.GetProperty("resultsUnchanged").GetInt32(), created.GetProperty("version").GetString(), created.GetProperty("fileName").GetString()));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(1, (await JsonAsync(again)).GetProperty("resultsUnchanged").GetInt32());
        Assert.Equal(1, await ResultsOfAsync(body.Id));

        var list = await JsonAsync(await admin.GetAsync(ImportsPath(body.Id)));
        Assert.Equal(2, list.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{ImportsPath(body.Id)}/{id}")).StatusCode);
    }

    [DbFact]
    public async Task Import_BadRows_Is400WithErrorsKeyedByLine_AndWritesNothing()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var organisation = await app.Data.CreateOrganisationAsync();

        var response = await (await app.ClientFor(body.Admin.Email)).PostAsync(ImportsPath(body.Id), Form(Csv(
            $"{organisation.Name},,,{body.Name},2024-03-01,Initial,1.1.1,Compliance",
            $"{organisation.Name},,,{body.Name},2024-03-01,Initial,1.1.1,Compliance",
            $"{organisation.Name},,,{body.Name},someday,Initial,1.1.2,Compliance")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Contains("it is also on line 2", errors.GetProperty("line 3")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("assessment_date \"someday\" is not a date", errors.GetProperty("line 4")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await ResultsOfAsync(body.Id));
    }

    [DbFact]
    public async Task Import_BadRequest_Is400ProblemDetailsNeverA500()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var admin = await app.ClientFor(body.Admin.Email);

        var noFile = await admin.PostAsync(ImportsPath(body.Id), Form(null, new() { ["createMissing"] = "true" }));
        var badFlag = await admin.PostAsync(ImportsPath(body.Id), Form(Csv("A,,,B,2024-01-01,Initial,1.1.1,Compliance"), new() { ["createMissing"] = "perhaps", ["version"] = "v9" }));
        var empty = await admin.PostAsync(ImportsPath(body.Id), Form(""));
        var json = await admin.PostAsync(ImportsPath(body.Id), new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.True((await JsonAsync(noFile)).GetProperty("errors").TryGetProperty("file", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badFlag.StatusCode);
        var errors = (await JsonAsync(badFlag)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("createMissing", out _));
        Assert.True(errors.TryGetProperty("version", out _));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }

    [DbFact]
    public async Task Import_WhoMay_SignedOut401_Assessor403_OtherTenants404()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var other = await app.Data.CreateBodyWithUsersAsync();
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var csv = Csv($"{organisation.Name},,,{body.Name},2024-03-01,Initial,1.1.1,Compliance");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsync(ImportsPath(body.Id), Form(csv))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(body.Member.Email)).PostAsync(ImportsPath(body.Id), Form(csv))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).PostAsync(ImportsPath(body.Id), Form(csv))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(organisation.Admin.Email)).PostAsync(ImportsPath(body.Id), Form(csv))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync(ImportsPath(body.Id))).StatusCode);
        Assert.Equal(0, await ResultsOfAsync(body.Id));
    }
}

public sealed class ResultsImportsApiTestsOnSqlite(SqliteApp app) : ResultsImportsApiTests(app), IClassFixture<SqliteApp>;

public sealed class ResultsImportsApiTestsOnPostgres(PostgresApp app) : ResultsImportsApiTests(app), IClassFixture<PostgresApp>;
