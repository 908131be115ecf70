using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Evidence;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

public abstract class EvidenceApiTests(AppFixture app)
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static byte[] UniquePdf() => TestData.Pdf(Guid.NewGuid().ToString());

    private Task<int> ItemsOfAsync(Guid organisationId) => app.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync(i => i.OrganisationId == organisationId));

    [DbFact]
    public async Task Upload_Valid_Is201WithLocationAndTheItemLinkedToTheElement()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(tenant.Id);
        var member = await app.ClientFor(tenant.Member.Email);
        var before = app.StoredEvidenceFiles();
        var minutes = UniquePdf();

        var response = await member.PostAsync($"/api/v1/organisations/{tenant.Id}/evidence", Multipart.Form(new()
        {
            ["title"] = "Customer panel minutes", ["description"] = "Minutes of the March panel", ["kind"] = "Document",
            ["ownerUserId"] = tenant.Member.Id.ToString(), ["effectiveFrom"] = "2026-03-01", ["effectiveTo"] = "2026-03-31",
            ["tags"] = "Panel, Consultation", ["element"] = "1.2.1",
        }, ("files", minutes, "Minutes March.pdf"), ("files", UniquePdf(), "Agenda.pdf")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = await JsonAsync(response);
        var id = item.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/organisations/{tenant.Id}/evidence/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Customer panel minutes", item.GetProperty("title").GetString());
        Assert.Equal("2026-03-01", item.GetProperty("effectiveFrom").GetString());
        Assert.Equal(["panel", "consultation"], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(tenant.Member.Id, item.GetProperty("owner").GetProperty("id").GetGuid());
        Assert.Equal(["1.2.1"], item.GetProperty("linkedElements").EnumerateArray().Select(t => t.GetString()));
        var revision = Assert.Single(item.GetProperty("revisions").EnumerateArray());
        Assert.Equal(["Agenda.pdf", "Minutes March.pdf"], revision.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("fileName").GetString()));
        Assert.Equal(before + 2, app.StoredEvidenceFiles());
        Assert.Equal(0, app.LeftoverUploads());

        var download = await member.GetAsync(revision.GetProperty("files")[1].GetProperty("downloadUrl").GetString());
        Assert.Equal(minutes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Minutes March.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    public static TheoryData<string> BadUploads => new() { "too large", "executable named .pdf", "zero bytes", "path-like name", "unknown type", "no file" };

    [DbTheory]
    [MemberData(nameof(BadUploads))]
    public async Task Upload_BadFile_Is400WithTheServicesMessageAndStoresNothing(string why)
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(tenant.Member.Email);
        var before = app.StoredEvidenceFiles();
        (string, byte[], string)[] files = why switch
        {
            "too large" => [("files", [.. Encoding.ASCII.GetBytes("%PDF-1.7\n"), .. new byte[AppFixture.MaxFileBytes]], "big.pdf")],
            "executable named .pdf" => [("files", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00], "report.pdf")],
            "zero bytes" => [("files", [], "empty.pdf")],
            "path-like name" => [("files", UniquePdf(), "../../secrets/report.pdf")],
            "unknown type" => [("files", [0x00, 0x01, 0x02, 0x03, 0xFE, 0xFF, 0x10, 0x80, 0x81, 0x82], "report.pdf")],
            _ => [],
        };
        var message = why switch
        {
            "too large" => EvidenceFileCheck.TooLarge(AppFixture.MaxFileBytes),
            "zero bytes" => EvidenceFileCheck.FileIsEmpty,
            "path-like name" => EvidenceFileCheck.NameIsPath,
            "no file" => "Select a file or enter a web address",
            _ => EvidenceFileCheck.WrongType,
        };

        var response = await member.PostAsync($"/api/v1/organisations/{tenant.Id}/evidence", Multipart.Evidence("Quarterly report", files));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(message, (await JsonAsync(response)).GetProperty("errors").GetProperty("File")[0].GetString());
        Assert.Equal(before, app.StoredEvidenceFiles());
        Assert.Equal(0, app.LeftoverUploads());
        Assert.Equal(0, await ItemsOfAsync(tenant.Id));
    }

    [DbTheory]
    [InlineData("effectiveFrom", "31/03/2026", "EffectiveFrom", "The date the evidence was true from must be a real date, written as yyyy-MM-dd, like 2026-03-31")]
    [InlineData("effectiveTo", "2026-02-30", "EffectiveTo", "The date the evidence was true until must be a real date, written as yyyy-MM-dd, like 2026-03-31")]
    [InlineData("ownerUserId", "someone", "OwnerUserId", "Select someone from your organisation")]
    [InlineData("kind", "Rumour", "Kind", "Select what kind of evidence this is: one of Document, WebLink, Photo, Data, Note")]
    [InlineData("kind", "3", "Kind", "Select what kind of evidence this is: one of Document, WebLink, Photo, Data, Note")]
    public async Task Upload_UnreadableField_Is400AgainstTheFieldAndStoresNothing(string field, string value, string key, string message)
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var before = app.StoredEvidenceFiles();
        var fields = new Dictionary<string, string?> { ["title"] = "Survey", ["kind"] = "Document", ["effectiveFrom"] = "2026-01-01" };
        fields[field] = value;

        var response = await (await app.ClientFor(tenant.Member.Email)).PostAsync($"/api/v1/organisations/{tenant.Id}/evidence",
            Multipart.Form(fields, ("files", UniquePdf(), "survey.pdf")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await JsonAsync(response)).GetProperty("errors").GetProperty(key)[0].GetString());
        Assert.Equal(before, app.StoredEvidenceFiles());
        Assert.Equal(0, await ItemsOfAsync(tenant.Id));
    }

    [DbFact]
    public async Task Upload_UnknownElement_Is400AgainstElementAndStoresNothing()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(tenant.Id);
        var before = app.StoredEvidenceFiles();

        var response = await (await app.ClientFor(tenant.Member.Email)).PostAsync($"/api/v1/organisations/{tenant.Id}/evidence",
            Multipart.Form(new() { ["title"] = "Survey", ["kind"] = "Document", ["element"] = "9.9.9" }, ("files", UniquePdf(), "survey.pdf")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Enter the number of an element", (await JsonAsync(response)).GetProperty("errors").GetProperty("Element")[0].GetString());
        Assert.Equal(before, app.StoredEvidenceFiles());
        Assert.Equal(0, app.LeftoverUploads());
        Assert.Equal(0, await ItemsOfAsync(tenant.Id));
    }

    [DbFact]
    public async Task Upload_MissingTitle_IsTheServicesMessage()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();

        var response = await (await app.ClientFor(tenant.Member.Email)).PostAsync($"/api/v1/organisations/{tenant.Id}/evidence",
            Multipart.Evidence(null, ("files", UniquePdf(), "survey.pdf")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter a title", (await JsonAsync(response)).GetProperty("errors").GetProperty("Title")[0].GetString());
    }

    [DbFact]
    public async Task Upload_SameBytesTwice_StoresThemOnce()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(tenant.Member.Email);
        var bytes = UniquePdf();
        (await member.PostAsync($"/api/v1/organisations/{tenant.Id}/evidence", Multipart.Evidence("First", ("files", bytes, "a.pdf")))).EnsureSuccessStatusCode();
        var before = app.StoredEvidenceFiles();

        var second = await member.PostAsync($"/api/v1/organisations/{tenant.Id}/evidence", Multipart.Evidence("Second", ("files", bytes, "b.pdf")));

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(before, app.StoredEvidenceFiles());
        Assert.Equal(2, await ItemsOfAsync(tenant.Id));
    }

    [DbTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Upload_BodyOverTheRequestLimit_Is413ProblemAndStoresNothing(bool chunked)
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var before = app.StoredEvidenceFiles();
        // Eleven files just under the per-file limit: each would pass on its own, together they pass the request limit.
        var almostFull = new byte[AppFixture.MaxFileBytes - 1024];
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(almostFull, 0);
        HttpContent body = Multipart.Evidence("Everything", [.. Enumerable.Range(0, 12).Select(i => ("files", almostFull, $"part{i}.pdf"))]);
        if (chunked) body = await Multipart.ChunkedAsync(body);

        var response = await (await app.ClientFor(tenant.Member.Email)).PostAsync($"/api/v1/organisations/{tenant.Id}/evidence", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The upload is too large. Send at most 10 files, each smaller than 1 MB.", (await JsonAsync(response)).GetProperty("detail").GetString());
        Assert.Equal(before, app.StoredEvidenceFiles());
        Assert.Equal(0, app.LeftoverUploads());
        Assert.Equal(0, await ItemsOfAsync(tenant.Id));
    }

    [DbFact]
    public async Task Upload_NotMultipart_Is415Problem()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();

        var response = await (await app.ClientFor(tenant.Member.Email)).PostAsync($"/api/v1/organisations/{tenant.Id}/evidence",
            new StringContent("""{"title":"JSON"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [DbFact]
    public async Task List_SearchesTitlesAndTagsWhateverTheCase_AndFiltersByKind()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.CreateEvidenceAsync(tenant.Id, "Customer PANEL minutes");
        await app.Data.CreateEvidenceAsync(tenant.Id, "Complaints leaflet", tags: "Panel feedback, leaflets");
        await app.Data.CreateEvidenceAsync(tenant.Id, "Staff survey");
        var deleted = await app.Data.CreateEvidenceAsync(tenant.Id, "Old panel report");
        await app.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<EvidenceService>().DeleteAsync(tenant.Id, deleted.Id, Core.Accounts.Actor.System("test"));
            return true;
        });
        var theirs = await app.Data.CreateOrganisationAsync();
        await app.Data.CreateEvidenceAsync(theirs.Id, "Their panel minutes");
        var member = await app.ClientFor(tenant.Member.Email);
        var list = $"/api/v1/organisations/{tenant.Id}/evidence";

        var panel = await JsonAsync(await member.GetAsync($"{list}?q=Panel"));
        var all = await JsonAsync(await member.GetAsync(list));
        var photos = await JsonAsync(await member.GetAsync($"{list}?kind=Photo"));
        var documents = await JsonAsync(await member.GetAsync($"{list}?kind=Document&q=SURVEY"));

        Assert.Equal(["Complaints leaflet", "Customer PANEL minutes"], panel.EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(3, all.GetArrayLength());
        Assert.Equal(0, photos.GetArrayLength());
        Assert.Equal("Staff survey", Assert.Single(documents.EnumerateArray()).GetProperty("title").GetString());
        Assert.Single(all[0].GetProperty("files").EnumerateArray());
    }

    [DbFact]
    public async Task Get_ShowsEveryRevisionWithItsFiles()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id, "Service standards");
        await app.WithServicesAsync(sp => sp.GetRequiredService<EvidenceService>().AddRevisionAsync(tenant.Id, item.Id,
            new AddRevisionRequest { Note = "April update" }, [TestData.Upload(UniquePdf(), "standards-april.pdf")], Core.Accounts.Actor.System("test")));

        var json = await JsonAsync(await (await app.ClientFor(tenant.Member.Email)).GetAsync($"/api/v1/organisations/{tenant.Id}/evidence/{item.Id}"));

        Assert.Equal(2, json.GetProperty("currentRevision").GetInt32());
        var revisions = json.GetProperty("revisions").EnumerateArray().ToList();
        Assert.Equal([2, 1], revisions.Select(r => r.GetProperty("number").GetInt32()));
        Assert.Equal("April update", revisions[0].GetProperty("note").GetString());
        Assert.Equal("standards-april.pdf", Assert.Single(revisions[0].GetProperty("files").EnumerateArray()).GetProperty("fileName").GetString());
        Assert.Single(revisions[1].GetProperty("files").EnumerateArray());
    }

    [DbFact]
    public async Task Download_UnknownFile_Is404Problem()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();

        var response = await (await app.ClientFor(tenant.Member.Email)).GetAsync($"/api/v1/organisations/{tenant.Id}/evidence/files/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [DbFact]
    public async Task OpenApi_ListsTheNewEndpoints()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await JsonAsync(response)).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/organisations/{organisationId}/self-assessments/{selfAssessmentId}/elements/{number}", out var element));
        Assert.True(element.TryGetProperty("put", out _));
        Assert.True(paths.TryGetProperty("/api/v1/organisations/{organisationId}/evidence", out var evidence));
        Assert.True(evidence.GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.True(paths.TryGetProperty("/api/v1/organisations/{organisationId}/evidence/files/{fileId}", out _));
    }
}

public sealed class EvidenceApiTestsOnSqlite(SqliteApp app) : EvidenceApiTests(app), IClassFixture<SqliteApp>;

public sealed class EvidenceApiTestsOnPostgres(PostgresApp app) : EvidenceApiTests(app), IClassFixture<PostgresApp>;
