using System.Net;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Evidence;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Evidence;

/// <summary>Files through the add page as a browser sends them: every kind of bad upload, duplicates, and requests over the limit.</summary>
public abstract class EvidenceUploadTests(AppFixture app)
{
    // The start of a Windows executable: "MZ", then the DOS header with its NULs.
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];
    private static readonly byte[] Elf = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00];

    private static Dictionary<string, string> Details(string title) => new() { ["Input.Title"] = title, ["Input.Kind"] = "Document" };

    private async Task<(TestTenant Tenant, HttpClient Client)> OrganisationAsync()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        return (tenant, await app.ClientFor(tenant.Member.Email));
    }

    public static TheoryData<string, byte[], string, string> BadUploads => new()
    {
        { "too large", new byte[AppFixture.MaxFileBytes + 1], "big.pdf", "The selected file must be smaller than 1 MB" },
        { "disguised type", Executable, "report.pdf", EvidenceFileCheck.WrongType },
        { "no file chosen", [], "", "Select a file or enter a web address" },
        { "path-like name", TestData.Pdf("path"), "..\\..\\evil.pdf", EvidenceFileCheck.NameIsPath },
        { "zero bytes", [], "blank.pdf", EvidenceFileCheck.FileIsEmpty },
        { "unknown type", Elf, "tool.bin", EvidenceFileCheck.WrongType },
    };

    [DbTheory]
    [MemberData(nameof(BadUploads))]
    public async Task Add_BadUpload_ShowsTheMessageAndStoresNothing(string why, byte[] content, string fileName, string message)
    {
        var (tenant, client) = await OrganisationAsync();
        var stored = app.StoredEvidenceFiles();

        var response = await client.SubmitMultipartFormAsync($"/organisations/{tenant.Id}/evidence/new", Details(why), [new FilePart("Files", fileName, content)]);

        await PageAssert.InvalidAsync(response, message);
        var page = await HttpClientForms.ParseAsync(response);
        Assert.Equal("#Files", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Contains(message, page.QuerySelector("#Files-error")!.TextContent);
        Assert.Equal(stored, app.StoredEvidenceFiles());
        Assert.False(await app.WithDbAsync(db => db.Set<EvidenceItem>().AnyAsync(i => i.OrganisationId == tenant.Id)));
        Assert.Equal(0, app.LeftoverUploads());
    }

    [DbFact]
    public async Task Add_OneBadFileAmongGoodOnes_StoresNoneAndNamesTheBadOne()
    {
        var (tenant, client) = await OrganisationAsync();
        var stored = app.StoredEvidenceFiles();

        var response = await client.SubmitMultipartFormAsync($"/organisations/{tenant.Id}/evidence/new", Details("Batch"),
            [new FilePart("Files", "good.pdf", TestData.Pdf(Guid.NewGuid().ToString())), new FilePart("Files", "setup.pdf", Executable)]);

        await PageAssert.InvalidAsync(response, $"setup.pdf: {EvidenceFileCheck.WrongType}");
        Assert.Equal(stored, app.StoredEvidenceFiles());
        Assert.Equal(0, app.LeftoverUploads());
    }

    [DbFact]
    public async Task Add_SameBytesTwice_StoresThemOnce()
    {
        var (tenant, client) = await OrganisationAsync();
        var bytes = TestData.Pdf(Guid.NewGuid().ToString());
        var stored = app.StoredEvidenceFiles();

        var first = await client.SubmitMultipartFormAsync($"/organisations/{tenant.Id}/evidence/new", Details("First copy"), [new FilePart("Files", "a.pdf", bytes)]);
        var second = await client.SubmitMultipartFormAsync($"/organisations/{tenant.Id}/evidence/new", Details("Second copy"), [new FilePart("Files", "b.pdf", bytes)]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(stored + 1, app.StoredEvidenceFiles());
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<EvidenceFile>().CountAsync(f => f.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Add_RequestOverTheUploadLimit_ReturnsToTheFormWithAClearMessage()
    {
        var (tenant, client) = await OrganisationAsync();
        var stored = app.StoredEvidenceFiles();
        var url = $"/organisations/{tenant.Id}/evidence/new";
        // More than ten files' worth: the whole request is refused before any of it is read.
        var files = Enumerable.Range(1, 12).Select(i => new FilePart("Files", $"part{i}.pdf", new byte[AppFixture.MaxFileBytes])).ToList();

        var response = await client.SubmitMultipartFormAsync(url, Details("Too much"), files);

        PageAssert.RedirectsTo(response, $"{url}?tooLarge=true");
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("The selected files must be smaller than 10 MB in total", page.ErrorSummaryMessages());
        Assert.NotNull(page.QuerySelector("#Files-error"));
        Assert.Equal(stored, app.StoredEvidenceFiles());
        Assert.False(await app.WithDbAsync(db => db.Set<EvidenceItem>().AnyAsync(i => i.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Add_OverTheLimitWithoutADeclaredLength_IsRefusedWithoutAServerError()
    {
        var (tenant, client) = await OrganisationAsync();
        var url = $"/organisations/{tenant.Id}/evidence/new";
        var (_, page) = await client.GetPageAsync(url);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(page.AntiforgeryToken()), "__RequestVerificationToken" },
            { new StringContent("Chunked"), "Input.Title" },
            { new StringContent("Document"), "Input.Kind" },
        };
        // A stream of unknown length goes chunked, so only reading the body can find it too large.
        content.Add(new StreamContent(new UnknownLengthStream(12 * AppFixture.MaxFileBytes)), "Files", "big.pdf");

        var response = await client.PostAsync(url, content);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge,
            $"Expected a refusal, got {(int)response.StatusCode}");
        Assert.False(await app.WithDbAsync(db => db.Set<EvidenceItem>().AnyAsync(i => i.OrganisationId == tenant.Id)));
        Assert.Equal(0, app.LeftoverUploads());
    }

    [DbFact]
    public async Task NewRevision_BadUpload_ShowsTheMessageAndAddsNoVersion()
    {
        var (tenant, client) = await OrganisationAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id);
        var stored = app.StoredEvidenceFiles();

        var response = await client.SubmitMultipartFormAsync($"/organisations/{tenant.Id}/evidence/{item.Id}/revisions/new", [],
            [new FilePart("Files", "update.pdf", Executable)]);

        await PageAssert.InvalidAsync(response, EvidenceFileCheck.WrongType);
        Assert.Equal(stored, app.StoredEvidenceFiles());
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<EvidenceItem>().Where(i => i.Id == item.Id).Select(i => i.CurrentRevision).SingleAsync()));
        Assert.Equal(0, app.LeftoverUploads());
    }

    /// <summary>Zeros of a given length from a stream that will not say how long it is.</summary>
    private sealed class UnknownLengthStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Clear(buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed class EvidenceUploadTestsOnSqlite(SqliteApp app) : EvidenceUploadTests(app), IClassFixture<SqliteApp>;

public sealed class EvidenceUploadTestsOnPostgres(PostgresApp app) : EvidenceUploadTests(app), IClassFixture<PostgresApp>;
