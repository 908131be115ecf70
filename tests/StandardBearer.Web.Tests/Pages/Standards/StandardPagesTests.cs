using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Standards;

public abstract class StandardPagesTests(AppFixture app)
{
    private static string Label() => $"web-{Guid.NewGuid():N}"[..20];

    /// <summary>Uploads a file through the import form, as the owner's browser would (multipart, with the antiforgery token).</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string? content, string fileName = "pack.json")
    {
        var (_, page) = await client.GetPageAsync("/admin/standards/import");
        using var form = new MultipartFormDataContent { { new StringContent(page.AntiforgeryToken()), "__RequestVerificationToken" } };
        if (content is not null)
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            form.Add(file, "Pack", fileName);
        }
        return await client.PostAsync("/admin/standards/import", form);
    }

    [DbFact]
    public async Task Standard_Anonymous_ShowsEveryElementAndSaysTheseAreSummaries()
    {
        var (response, page) = await app.Anonymous().GetPageAsync("/standard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(57, page.QuerySelectorAll("main a[href^='/standard/elements/']").Length);
        Assert.Equal(5, page.QuerySelectorAll("main h2[id^='criterion-']").Length);
        Assert.Contains("not the official wording", page.QuerySelector(".govuk-inset-text")!.TextContent);
        Assert.Contains("Compliance Plus", page.QuerySelector("main table")!.TextContent);
    }

    [DbFact]
    public async Task Element_Anonymous_ShowsTheStatementWithPreviousAndNext()
    {
        var (response, page) = await app.Anonymous().GetPageAsync("/standard/elements/3.2.4");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3.2.4 Information accurate and complete", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("accurate and complete", page.QuerySelector(".govuk-body-l")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[rel=prev][href='/standard/elements/3.2.3']"));
        Assert.NotNull(page.QuerySelector("a[rel=next][href='/standard/elements/3.3.1']"));
        Assert.NotNull(page.QuerySelector(".govuk-inset-text"));
        Assert.Equal("/standard", page.QuerySelector(".govuk-breadcrumbs__link")!.GetAttribute("href"));
    }

    [DbFact]
    public async Task Element_ChosenVersion_KeepsItInEveryLink()
    {
        var (_, page) = await app.Anonymous().GetPageAsync("/standard/elements/3.2.4?version=summaries-1");

        Assert.Equal("/standard?version=summaries-1", page.QuerySelector(".govuk-breadcrumbs__link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a[rel=next][href='/standard/elements/3.3.1?version=summaries-1']"));
    }

    [DbFact]
    public async Task Element_UnknownNumberOrVersion_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/standard/elements/9.9.9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/standard?version=no-such-version")).StatusCode);
    }

    [DbFact]
    public async Task Import_NoFile_ShowsError()
    {
        var owner = await app.ClientFor((await app.Data.CreateStandardOwnerAsync()).Email);

        var response = await UploadAsync(owner, null);

        await PageAssert.InvalidAsync(response, "Select a standard pack file");
    }

    [DbFact]
    public async Task Import_BadPack_ListsEveryProblemWithItsPathAndWritesNothing()
    {
        var owner = await app.ClientFor((await app.Data.CreateStandardOwnerAsync()).Email);
        var before = await app.WithDbAsync(db => db.StandardVersions.CountAsync());
        var pack = BuiltInPacks.CseSummaries() with { Version = Label(), Outcome = new PackOutcome { MinimumCompliantShare = 2m, BlockingRatings = ["Nope"] } };

        var response = await UploadAsync(owner, PackReader.Write(pack));

        var document = await HttpClientForms.ParseAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = document.ErrorSummaryMessages();
        Assert.Contains(messages, m => m.StartsWith("$.outcome.minimumCompliantShare:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("$.outcome.blockingRatings", StringComparison.Ordinal));
        Assert.Equal(before, await app.WithDbAsync(db => db.StandardVersions.CountAsync()));
    }

    [DbFact]
    public async Task ImportPreviewPublish_ValidPack_BecomesTheCurrentVersion()
    {
        var owner = await app.ClientFor((await app.Data.CreateStandardOwnerAsync()).Email);
        var label = Label();
        var builtIn = BuiltInPacks.CseSummaries();
        var changed = builtIn with
        {
            Version = label,
            Wording = "official",
            Criteria = builtIn.Criteria.Select((c, i) => i > 0 ? c : c with
            {
                SubCriteria = c.SubCriteria.Select((s, j) => j > 0 ? s : s with
                {
                    Elements = s.Elements.Select((e, k) => k > 0 ? e : e with { Statement = "An official statement." }).ToList(),
                }).ToList(),
            }).ToList(),
        };

        var upload = await UploadAsync(owner, PackReader.Write(changed));
        PageAssert.RedirectsTo(upload, $"/admin/standards/CSE/{label}?imported=true");
        var (_, preview) = await owner.GetPageAsync(upload.Headers.Location!.OriginalString);
        var text = preview.QuerySelector("main")!.TextContent;
        Assert.Contains("57 elements", text);
        Assert.Contains("1 changed: 1.1.1 (statement)", text);
        Assert.Contains("56 unchanged", text);

        var publish = await owner.SubmitFormAsync($"/admin/standards/CSE/{label}", [], "form[action*='handler=Publish']");
        PageAssert.RedirectsTo(publish, $"/admin/standards/CSE/{label}?published=true");

        var (_, element) = await app.Anonymous().GetPageAsync("/standard/elements/1.1.1");
        Assert.Contains("An official statement.", element.QuerySelector(".govuk-body-l")!.TextContent);
        Assert.Null(element.QuerySelector(".govuk-inset-text"));
        var (_, older) = await app.Anonymous().GetPageAsync("/standard/elements/1.1.1?version=summaries-1");
        Assert.DoesNotContain("An official statement.", older.QuerySelector(".govuk-body-l")!.TextContent);

        var retire = await owner.SubmitFormAsync($"/admin/standards/CSE/{label}", [], "form[action*='handler=Retire']");
        PageAssert.RedirectsTo(retire, $"/admin/standards/CSE/{label}?retired=true");
        var (_, current) = await app.Anonymous().GetPageAsync("/standard/elements/1.1.1");
        Assert.DoesNotContain("An official statement.", current.QuerySelector(".govuk-body-l")!.TextContent);
    }

    [DbFact]
    public async Task Export_Version_DownloadsTheSamePackAsTheBuiltIn()
    {
        var owner = await app.ClientFor((await app.Data.CreateStandardOwnerAsync()).Email);

        var response = await owner.GetAsync("/admin/standards/CSE/summaries-1?handler=Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(BuiltInPacks.CseSummariesJson(), await response.Content.ReadAsStringAsync());
    }

    [DbFact]
    public async Task Publish_AlreadyPublished_Is409WithAMessage()
    {
        var owner = await app.ClientFor((await app.Data.CreateStandardOwnerAsync()).Email);
        var (_, page) = await owner.GetPageAsync("/admin/standards");

        var response = await owner.PostAsync("/admin/standards/CSE/summaries-1?handler=Publish",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = page.AntiforgeryToken() }));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("only a draft can be published", (await HttpClientForms.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent);
    }

    [DbFact]
    public async Task Api_VersionTree_HasFiftySevenElementsAndDraftsAreHiddenFromThePublic()
    {
        var owner = await app.ClientFor((await app.Data.CreateStandardOwnerAsync()).Email);
        var label = Label();
        await UploadAsync(owner, PackReader.Write(BuiltInPacks.CseSummaries() with { Version = label }));

        using var tree = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/api/v1/standards/CSE/versions/summaries-1"));
        var elements = tree.RootElement.GetProperty("criteria").EnumerateArray().SelectMany(c => c.GetProperty("subCriteria").EnumerateArray())
            .SelectMany(s => s.GetProperty("elements").EnumerateArray()).Count();
        Assert.Equal(57, elements);
        Assert.Equal(3, tree.RootElement.GetProperty("ratings")[0].GetProperty("points").GetInt32());

        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/api/v1/standards/CSE/versions/{label}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/v1/standards/CSE/versions/{label}")).StatusCode);
        using var element = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/api/v1/standards/CSE/versions/summaries-1/elements/4.3.2"));
        Assert.Equal("Easy complaints procedure", element.RootElement.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/api/v1/standards/CSE/versions/summaries-1/elements/4.3.9")).StatusCode);
        var publicVersions = await app.Anonymous().GetStringAsync("/api/v1/standards/CSE/versions");
        Assert.DoesNotContain(label, publicVersions);
    }
}

public sealed class StandardPagesTestsOnSqlite(SqliteApp app) : StandardPagesTests(app), IClassFixture<SqliteApp>;

public sealed class StandardPagesTestsOnPostgres(PostgresApp app) : StandardPagesTests(app), IClassFixture<PostgresApp>;
