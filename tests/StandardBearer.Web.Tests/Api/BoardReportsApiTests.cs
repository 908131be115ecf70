using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Reports;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

public abstract class BoardReportsApiTests(AppFixture app)
{
    private static string Reports(TestTenant t) => $"/api/v1/organisations/{t.Id}/board-reports";

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

    private Task<string?> EditedAsync(TestTenant t, int number) =>
        app.WithDbAsync(db => db.Set<BoardReportSection>().Where(s => s.Number == number
            && db.Set<BoardReport>().Any(r => r.Id == s.BoardReportId && r.OrganisationId == t.Id && r.Year == 2024)).Select(s => s.Edited).SingleAsync());

    [DbFact]
    public async Task GenerateEditRefreshAndRead_AsAdmin_FollowTheRules()
    {
        var t = await app.Data.CreateOrganisationWithUsersAsync();
        var admin = await app.ClientFor(t.Admin.Email);

        await ProblemAsync(await admin.GetAsync($"{Reports(t)}/2024"), HttpStatusCode.NotFound);
        var created = await admin.PostAsync($"{Reports(t)}/2024", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{Reports(t)}/2024", created.Headers.Location?.OriginalString);
        var document = await JsonAsync(created);
        Assert.Equal(2024, document.GetProperty("year").GetInt32());
        Assert.Equal([1, 2, 3, 4, 5, 6], document.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("number").GetInt32()));

        var edited = await admin.PutAsJsonAsync($"{Reports(t)}/2024/sections/6", new { text = "We recommend continuing.\n\n- Book the review" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var six = (await JsonAsync(edited)).GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("number").GetInt32() == 6);
        Assert.True(six.GetProperty("isEdited").GetBoolean());
        Assert.Equal("We recommend continuing.\n\n- Book the review", six.GetProperty("text").GetString());

        var regenerated = await admin.PostAsync($"{Reports(t)}/2024", null);
        Assert.Equal(HttpStatusCode.OK, regenerated.StatusCode);
        Assert.Equal("We recommend continuing.\n\n- Book the review", await EditedAsync(t, 6));

        var refreshed = await admin.PostAsync($"{Reports(t)}/2024/sections/6/refresh", null);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Null(await EditedAsync(t, 6));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "BoardReportSectionRefreshed" && e.OrganisationId == t.Id && e.UserId == t.Admin.Id)));

        var years = await JsonAsync(await admin.GetAsync(Reports(t)));
        var year = Assert.Single(years.EnumerateArray());
        Assert.Equal(2024, year.GetProperty("year").GetInt32());
        Assert.True(year.GetProperty("exists").GetBoolean());
        Assert.False(year.GetProperty("hasAssessment").GetBoolean());
    }

    [DbFact]
    public async Task BadInput_Is400ProblemDetails_UnknownSectionIs404()
    {
        var t = await app.Data.CreateOrganisationWithUsersAsync();
        var admin = await app.ClientFor(t.Admin.Email);
        await admin.PostAsync($"{Reports(t)}/2024", null);

        var early = await ProblemAsync(await admin.PostAsync($"{Reports(t)}/1999", null), HttpStatusCode.BadRequest);
        Assert.True(early.GetProperty("errors").TryGetProperty("year", out _));
        await ProblemAsync(await admin.PostAsync($"{Reports(t)}/{DateTime.UtcNow.Year + 2}", null), HttpStatusCode.BadRequest);
        var empty = await ProblemAsync(await admin.PutAsJsonAsync($"{Reports(t)}/2024/sections/2", new { text = " " }), HttpStatusCode.BadRequest);
        Assert.Equal("Enter the text of the section", empty.GetProperty("errors").GetProperty("Text")[0].GetString());
        await ProblemAsync(await admin.PutAsJsonAsync($"{Reports(t)}/2024/sections/2", new { text = new string('a', 20_001) }), HttpStatusCode.BadRequest);
        await ProblemAsync(await admin.GetAsync($"{Reports(t)}/2024/export?format=xlsx"), HttpStatusCode.BadRequest);
        await ProblemAsync(await admin.GetAsync($"{Reports(t)}/2024/export"), HttpStatusCode.BadRequest);
        await ProblemAsync(await admin.PutAsJsonAsync($"{Reports(t)}/2024/sections/9", new { text = "Text" }), HttpStatusCode.NotFound);
        await ProblemAsync(await admin.PostAsync($"{Reports(t)}/2024/sections/0/refresh", null), HttpStatusCode.NotFound);
        await ProblemAsync(await admin.PutAsJsonAsync($"{Reports(t)}/2023/sections/1", new { text = "Text" }), HttpStatusCode.NotFound);
        await ProblemAsync(await admin.GetAsync($"{Reports(t)}/2023/export?format=docx"), HttpStatusCode.NotFound);
        Assert.Null(await EditedAsync(t, 2));
    }

    [DbFact]
    public async Task Export_AsMember_EachFormat()
    {
        var t = await app.Data.CreateOrganisationWithUsersAsync();
        await (await app.ClientFor(t.Admin.Email)).PostAsync($"{Reports(t)}/2024", null);
        var member = await app.ClientFor(t.Member.Email);

        var docx = await member.GetAsync($"{Reports(t)}/2024/export?format=DOCX");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(BoardReportExport.DocxContentType, docx.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("-2024.docx", docx.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
            Assert.Empty(new OpenXmlValidator().Validate(document));
        foreach (var (format, type) in new[] { ("pdf", "application/pdf"), ("html", "text/html"), ("md", "text/markdown") })
        {
            var response = await member.GetAsync($"{Reports(t)}/2024/export?format={format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            Assert.EndsWith($"-2024.{format}", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"{Reports(t)}/2024")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(Reports(t))).StatusCode);
    }

    [DbFact]
    public async Task Access_Anonymous401_MemberChanges403_OtherTenants404()
    {
        var t = await app.Data.CreateOrganisationWithUsersAsync();
        await (await app.ClientFor(t.Admin.Email)).PostAsync($"{Reports(t)}/2024", null);
        var member = await app.ClientFor(t.Member.Email);
        var other = await app.ClientFor((await app.Data.CreateOrganisationWithUsersAsync()).Admin.Email);
        var body = await app.ClientFor((await app.Data.CreateBodyWithUsersAsync()).Admin.Email);

        await ProblemAsync(await app.Anonymous().GetAsync(Reports(t)), HttpStatusCode.Unauthorized);
        await ProblemAsync(await member.PostAsync($"{Reports(t)}/2024", null), HttpStatusCode.Forbidden);
        await ProblemAsync(await member.PutAsJsonAsync($"{Reports(t)}/2024/sections/1", new { text = "Mine" }), HttpStatusCode.Forbidden);
        await ProblemAsync(await member.PostAsync($"{Reports(t)}/2024/sections/1/refresh", null), HttpStatusCode.Forbidden);
        Assert.Null(await EditedAsync(t, 1));
        foreach (var client in new[] { other, body })
        {
            await ProblemAsync(await client.GetAsync(Reports(t)), HttpStatusCode.NotFound);
            await ProblemAsync(await client.GetAsync($"{Reports(t)}/2024"), HttpStatusCode.NotFound);
            await ProblemAsync(await client.GetAsync($"{Reports(t)}/2024/export?format=pdf"), HttpStatusCode.NotFound);
            await ProblemAsync(await client.PostAsync($"{Reports(t)}/2024", null), HttpStatusCode.NotFound);
        }
    }
}

public sealed class BoardReportsApiTestsOnSqlite(SqliteApp app) : BoardReportsApiTests(app), IClassFixture<SqliteApp>;

public sealed class BoardReportsApiTestsOnPostgres(PostgresApp app) : BoardReportsApiTests(app), IClassFixture<PostgresApp>;
