using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Evidence;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Evidence;

/// <summary>The library and an item's own pages: who may see them, and adding, changing, versioning and deleting through them.</summary>
public abstract class EvidencePagesTests(AppFixture app)
{
    private async Task<(TestTenant Tenant, HttpClient Admin, HttpClient Member)> OrganisationAsync()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        return (tenant, await app.ClientFor(tenant.Admin.Email), await app.ClientFor(tenant.Member.Email));
    }

    private static Dictionary<string, string> Details(string title, string kind = "Document", string tags = "", string url = "") => new()
    {
        ["Input.Title"] = title, ["Input.Kind"] = kind, ["Input.Tags"] = tags, ["Input.Url"] = url,
    };

    private Task<Guid> FirstFileIdAsync(Guid itemId) =>
        app.WithDbAsync(db => db.Set<EvidenceFile>().Where(f => db.Set<EvidenceRevision>().Any(r => r.Id == f.EvidenceRevisionId && r.EvidenceItemId == itemId))
            .Select(f => f.Id).FirstAsync());

    private static IEnumerable<string> ItemPages(Guid organisationId, Guid itemId, Guid fileId) =>
    [
        $"/organisations/{organisationId}/evidence/{itemId}",
        $"/organisations/{organisationId}/evidence/{itemId}/edit",
        $"/organisations/{organisationId}/evidence/{itemId}/revisions/new",
        $"/organisations/{organisationId}/evidence/{itemId}/delete",
        $"/organisations/{organisationId}/evidence/files/{fileId}",
    ];

    [DbFact]
    public async Task EveryPage_AsAdminAndAsMember_Shows()
    {
        var (tenant, admin, member) = await OrganisationAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id);
        var fileId = await FirstFileIdAsync(item.Id);

        foreach (var client in new[] { admin, member })
        {
            foreach (var url in ItemPages(tenant.Id, item.Id, fileId).Prepend($"/organisations/{tenant.Id}/evidence/new").Prepend($"/organisations/{tenant.Id}/evidence"))
                Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        }
    }

    [DbFact]
    public async Task EveryPage_OtherOrganisationsUser_Gets404()
    {
        var (tenant, _, _) = await OrganisationAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id);
        var fileId = await FirstFileIdAsync(item.Id);
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var outsider = await app.ClientFor(other.Admin.Email);

        // Their organisation's route with our ids, and our organisation's route: neither shows anything.
        var urls = ItemPages(tenant.Id, item.Id, fileId).Concat(ItemPages(other.Id, item.Id, fileId))
            .Append($"/organisations/{tenant.Id}/evidence").Append($"/organisations/{tenant.Id}/evidence/new");
        foreach (var url in urls)
            Assert.True((await outsider.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
    }

    [DbFact]
    public async Task Delete_ItemOfAnotherOrganisationUnderOwnRoute_Is404AndDeletesNothing()
    {
        var (tenant, _, _) = await OrganisationAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id);
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var outsider = await app.ClientFor(other.Admin.Email);
        var (_, library) = await outsider.GetPageAsync($"/organisations/{other.Id}/evidence");

        var response = await outsider.PostAsync($"/organisations/{other.Id}/evidence/{item.Id}/delete",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = library.AntiforgeryToken() }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Set<EvidenceItem>().Where(i => i.Id == item.Id).Select(i => i.DeletedAt).SingleAsync()));
    }

    [DbFact]
    public async Task Read_AsAssessorNotAssignedToTheOrganisation_CannotReadItsEvidence()
    {
        var (tenant, _, _) = await OrganisationAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id);
        var fileId = await FirstFileIdAsync(item.Id);
        var body = await app.Data.CreateBodyWithUsersAsync();
        var assessor = await app.ClientFor(body.Member.Email);

        foreach (var url in new[] { $"/organisations/{tenant.Id}/evidence", $"/organisations/{tenant.Id}/evidence/{item.Id}", $"/organisations/{tenant.Id}/evidence/files/{fileId}" })
            Assert.True((await assessor.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
    }

    [DbFact]
    public async Task Add_Invalid_ShowsErrorsAndAddsNothing()
    {
        var (tenant, _, member) = await OrganisationAsync();

        var response = await member.SubmitMultipartFormAsync($"/organisations/{tenant.Id}/evidence/new", new()
        {
            ["Input.Title"] = "", ["Input.EffectiveFrom.Day"] = "1", ["Input.EffectiveFrom.Month"] = "4", ["Input.EffectiveFrom.Year"] = "2026",
            ["Input.EffectiveTo.Day"] = "31", ["Input.EffectiveTo.Month"] = "2", ["Input.EffectiveTo.Year"] = "2026",
        }, []);

        await PageAssert.InvalidAsync(response, "Enter a title", "Select what kind of evidence this is", "Date the evidence was true until must be a real date");
        Assert.False(await app.WithDbAsync(db => db.Set<EvidenceItem>().AnyAsync(i => i.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Add_WebLinkWithoutAddress_ShowsTheErrorAgainstTheAddress()
    {
        var (tenant, admin, _) = await OrganisationAsync();

        var response = await admin.SubmitMultipartFormAsync($"/organisations/{tenant.Id}/evidence/new", Details("Service standards page", kind: "WebLink"), []);

        await PageAssert.InvalidAsync(response, "Enter the web address of the evidence");
        var page = await HttpClientForms.ParseAsync(response);
        Assert.Equal("#Input_Url", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#Input_Url-error"));
    }

    [DbFact]
    public async Task Add_ValidWithFiles_AppearsInTheLibraryWithABanner()
    {
        var (tenant, _, member) = await OrganisationAsync();
        var before = app.StoredEvidenceFiles();

        var response = await member.SubmitMultipartFormAsync($"/organisations/{tenant.Id}/evidence/new",
            new(Details("Customer panel minutes", tags: "Panel, Consultation")) { ["Input.OwnerUserId"] = tenant.Member.Id.ToString(), ["Input.Description"] = "Minutes of **March**." },
            [new FilePart("Files", "minutes.pdf", TestData.Pdf(Guid.NewGuid().ToString())), new FilePart("Files", "agenda.pdf", TestData.Pdf(Guid.NewGuid().ToString()))]);

        var item = await app.WithDbAsync(db => db.Set<EvidenceItem>().Include(i => i.Revisions).ThenInclude(r => r.Files).SingleAsync(i => i.OrganisationId == tenant.Id));
        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/evidence?added={item.Id}");
        Assert.Equal(2, Assert.Single(item.Revisions).Files.Count);
        Assert.Equal(["panel", "consultation"], item.Tags);
        Assert.Equal(tenant.Member.Id, item.OwnerUserId);
        Assert.Equal(before + 2, app.StoredEvidenceFiles());
        Assert.Equal(0, app.LeftoverUploads());

        var (_, library) = await member.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Customer panel minutes", library.QuerySelector(".govuk-notification-banner--success")!.TextContent);
        var row = Assert.Single(library.QuerySelectorAll("main table tbody tr"));
        Assert.Contains("Customer panel minutes", row.TextContent);
        Assert.Contains("Test OrganisationMember", row.TextContent);
        Assert.Contains("consultation", row.TextContent);
        Assert.NotNull(library.QuerySelector("main table caption"));
    }

    [DbFact]
    public async Task Library_SearchByTagOrTitle_ShowsOnlyMatches()
    {
        var (tenant, admin, _) = await OrganisationAsync();
        await app.Data.CreateEvidenceAsync(tenant.Id, "Complaints leaflet", tags: "complaints, leaflets");
        await app.Data.CreateEvidenceAsync(tenant.Id, "Customer survey results", tags: "insight");
        await app.Data.CreateEvidenceAsync(tenant.Id, "Staff training plan", tags: "training");

        var byTag = await TitlesAsync(admin, $"/organisations/{tenant.Id}/evidence?q=Insight");
        var byTitle = await TitlesAsync(admin, $"/organisations/{tenant.Id}/evidence?q=COMPLAINTS%20leaf");
        var byKind = await TitlesAsync(admin, $"/organisations/{tenant.Id}/evidence?kind=Photo");
        var (_, none) = await admin.GetPageAsync($"/organisations/{tenant.Id}/evidence?q=nothing-like-this");

        Assert.Equal(["Customer survey results"], byTag);
        Assert.Equal(["Complaints leaflet"], byTitle);
        Assert.Empty(byKind);
        Assert.Contains("No evidence matches your search", none.QuerySelector("#no-evidence")!.TextContent);
    }

    private static async Task<IReadOnlyList<string>> TitlesAsync(HttpClient client, string url)
    {
        var (_, page) = await client.GetPageAsync(url);
        return page.QuerySelectorAll("main table tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
    }

    [DbFact]
    public async Task Item_ShowsDetailsVersionsAndFiles()
    {
        var (tenant, admin, _) = await OrganisationAsync();
        var bytes = TestData.Pdf(Guid.NewGuid().ToString());
        var item = await app.Data.CreateEvidenceAsync(tenant.Id, "Annual report", content: bytes, tags: "reports");
        var fileId = await FirstFileIdAsync(item.Id);

        var (response, page) = await admin.GetPageAsync($"/organisations/{tenant.Id}/evidence/{item.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Annual report", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("reports", page.QuerySelector(".govuk-summary-list")!.TextContent);
        var file = page.QuerySelector("#version-1 table tbody tr")!;
        Assert.Equal($"/organisations/{tenant.Id}/evidence/files/{fileId}", file.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/organisations/{tenant.Id}/evidence/{item.Id}/edit']"));
        Assert.NotNull(page.QuerySelector($"a[href='/organisations/{tenant.Id}/evidence/{item.Id}/delete']"));
        Assert.NotNull(page.QuerySelector($"a[href='/organisations/{tenant.Id}/evidence/{item.Id}/revisions/new']"));
    }

    [DbFact]
    public async Task Item_DescriptionWithHtml_IsRenderedAsMarkdownOnly()
    {
        var (tenant, admin, _) = await OrganisationAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id);
        await admin.SubmitFormAsync($"/organisations/{tenant.Id}/evidence/{item.Id}/edit", new()
        {
            ["Input.Title"] = item.Title, ["Input.Kind"] = "Document", ["Input.Description"] = "<script>alert(1)</script> and **bold**",
        });

        var (_, page) = await admin.GetPageAsync($"/organisations/{tenant.Id}/evidence/{item.Id}");

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.NotNull(page.QuerySelector(".govuk-summary-list strong"));
    }

    [DbFact]
    public async Task Edit_Invalid_ShowsErrorsAndChangesNothing()
    {
        var (tenant, _, member) = await OrganisationAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id, "Original title");

        var response = await member.SubmitFormAsync($"/organisations/{tenant.Id}/evidence/{item.Id}/edit", new()
        {
            ["Input.Title"] = "", ["Input.Tags"] = string.Join(",", Enumerable.Range(1, 21).Select(i => $"tag{i}")),
        });

        await PageAssert.InvalidAsync(response, "Enter a title");
        Assert.Equal("Original title", await app.WithDbAsync(db => db.Set<EvidenceItem>().Where(i => i.Id == item.Id).Select(i => i.Title).SingleAsync()));
    }

    [DbFact]
    public async Task Edit_Valid_ChangesTheDetailsAndIsAudited()
    {
        var (tenant, _, member) = await OrganisationAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id, "Draft policy");

        var response = await member.SubmitFormAsync($"/organisations/{tenant.Id}/evidence/{item.Id}/edit", new()
        {
            ["Input.Title"] = "Complaints policy", ["Input.Kind"] = "Document", ["Input.Tags"] = "Complaints, policy",
            ["Input.EffectiveFrom.Day"] = "1", ["Input.EffectiveFrom.Month"] = "4", ["Input.EffectiveFrom.Year"] = "2026",
            ["Input.EffectiveTo.Day"] = "31", ["Input.EffectiveTo.Month"] = "3", ["Input.EffectiveTo.Year"] = "2027",
        });

        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/evidence/{item.Id}?updated=true");
        var (_, page) = await member.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Complaints policy", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("1 April 2026 to 31 March 2027", page.QuerySelector(".govuk-summary-list")!.TextContent);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "EvidenceUpdated" && e.Subject == $"EvidenceItem/{item.Id}" && e.UserId == tenant.Member.Id)));
    }

    [DbFact]
    public async Task NewRevision_Empty_ShowsTheError()
    {
        var (tenant, admin, _) = await OrganisationAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id);

        var response = await admin.SubmitMultipartFormAsync($"/organisations/{tenant.Id}/evidence/{item.Id}/revisions/new", new() { ["Input.Note"] = "Nothing attached" }, []);

        await PageAssert.InvalidAsync(response, "Select a file or enter a web address");
        var page = await HttpClientForms.ParseAsync(response);
        Assert.Equal("#Files", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<EvidenceItem>().Where(i => i.Id == item.Id).Select(i => i.CurrentRevision).SingleAsync()));
    }

    [DbFact]
    public async Task NewRevision_Valid_BecomesCurrentAndKeepsTheEarlierOne()
    {
        var (tenant, admin, _) = await OrganisationAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id);

        var response = await admin.SubmitMultipartFormAsync($"/organisations/{tenant.Id}/evidence/{item.Id}/revisions/new",
            new() { ["Input.Note"] = "Updated for 2026", ["Input.Url"] = "https://www.example.org/report" },
            [new FilePart("Files", "report-2026.pdf", TestData.Pdf(Guid.NewGuid().ToString()))]);

        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/evidence/{item.Id}?revised=true");
        var (_, page) = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        var versions = page.QuerySelectorAll("section[id^=version-]").Select(s => s.Id).ToList();
        Assert.Equal(["version-2", "version-1"], versions);
        var latest = page.QuerySelector("#version-2")!;
        Assert.Contains("Updated for 2026", latest.TextContent);
        Assert.Contains("report-2026.pdf", latest.TextContent);
        var link = latest.QuerySelector("a[href='https://www.example.org/report']")!;
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        Assert.Equal(0, app.LeftoverUploads());
    }

    [DbFact]
    public async Task Delete_Valid_LeavesTheLibraryButKeepsTheHistoryPage()
    {
        var (tenant, admin, member) = await OrganisationAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id, "Old leaflet");
        var fileId = await FirstFileIdAsync(item.Id);

        var response = await member.SubmitFormAsync($"/organisations/{tenant.Id}/evidence/{item.Id}/delete", []);

        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/evidence?deleted=true");
        var (_, library) = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Evidence deleted", library.QuerySelector(".govuk-notification-banner--success")!.TextContent);
        Assert.Empty(library.QuerySelectorAll("main table tbody tr"));
        var (itemResponse, page) = await admin.GetPageAsync($"/organisations/{tenant.Id}/evidence/{item.Id}");
        Assert.Equal(HttpStatusCode.OK, itemResponse.StatusCode);
        Assert.Contains("This evidence was deleted", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Null(page.QuerySelector($"a[href$='/edit']"));
        Assert.Null(page.QuerySelector($"a[href$='/delete']"));
        Assert.Null(page.QuerySelector($"a[href$='/revisions/new']"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/organisations/{tenant.Id}/evidence/files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/organisations/{tenant.Id}/evidence/{item.Id}/edit")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "EvidenceDeleted" && e.Subject == $"EvidenceItem/{item.Id}" && e.UserId == tenant.Member.Id)));
    }

    [DbFact]
    public async Task Download_ReturnsTheExactBytesAsAnAttachmentUnderTheSanitisedName()
    {
        var (tenant, admin, _) = await OrganisationAsync();
        var bytes = TestData.Pdf(Guid.NewGuid().ToString());
        var added = await admin.SubmitMultipartFormAsync($"/organisations/{tenant.Id}/evidence/new", Details("Report"),
            [new FilePart("Files", "Complaints: summary?.PDF", bytes)]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var itemId = await app.WithDbAsync(db => db.Set<EvidenceItem>().Where(i => i.OrganisationId == tenant.Id).Select(i => i.Id).SingleAsync());
        var fileId = await FirstFileIdAsync(itemId);

        var response = await admin.GetAsync($"/organisations/{tenant.Id}/evidence/files/{fileId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Complaints summary.pdf", disposition.FileNameStar ?? disposition.FileName?.Trim('"'));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [DbFact]
    public async Task Download_Post_IsNotAllowed()
    {
        var (tenant, admin, _) = await OrganisationAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id);
        var fileId = await FirstFileIdAsync(item.Id);
        var (_, library) = await admin.GetPageAsync($"/organisations/{tenant.Id}/evidence");

        var response = await admin.PostAsync($"/organisations/{tenant.Id}/evidence/files/{fileId}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = library.AntiforgeryToken() }));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}

public sealed class EvidencePagesTestsOnSqlite(SqliteApp app) : EvidencePagesTests(app), IClassFixture<SqliteApp>;

public sealed class EvidencePagesTestsOnPostgres(PostgresApp app) : EvidencePagesTests(app), IClassFixture<PostgresApp>;
