using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Web.Pages.SelfAssessment;

namespace StandardBearer.Web.Tests.Pages.SelfAssessment;

/// <summary>The pack writer on its own: plain records in, a ZIP out, no database or web host.</summary>
public sealed class EvidencePackWriterTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, byte[]> Store = new(StringComparer.Ordinal);

    private static EvidencePackFile File(string name, string content, string mediaType = "application/pdf")
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        lock (Store) Store[sha] = bytes;
        return new EvidencePackFile(name, mediaType, bytes.Length, sha);
    }

    private static EvidencePackItem Item(string title, params EvidencePackFile[] files) =>
        new(Guid.CreateVersion7(), title, EvidenceKind.Document, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), null, files);

    private static EvidencePackWriter Writer(ICollection<string>? opened = null) => new((file, _) =>
    {
        opened?.Add(file.Sha256);
        lock (Store) return Task.FromResult<Stream?>(Store.TryGetValue(file.Sha256, out var bytes) ? new MemoryStream(bytes, writable: false) : null);
    });

    private static async Task<ZipArchive> WriteAsync(EvidencePack pack, ICollection<string>? opened = null)
    {
        var output = new AsyncOnlyStream();
        await Writer(opened).WriteAsync(pack, output);
        return new ZipArchive(new MemoryStream(output.Written.ToArray()), ZipArchiveMode.Read);
    }

    private static string Text(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static byte[] Bytes(ZipArchive zip, string name)
    {
        using var copy = new MemoryStream();
        using (var entry = zip.GetEntry(name)!.Open()) entry.CopyTo(copy);
        return copy.ToArray();
    }

    private static EvidencePack Pack(params EvidencePackElement[] elements) => new("Testshire County Council", "Customer Service Excellence", "summaries-1", At, elements);

    private static EvidencePackElement Element(string number, params EvidencePackItem[] evidence) =>
        new(number, $"Element {number}", "Compliance", ElementProgress.Completed, "Ada Lovelace", $"How we meet {number}.", evidence);

    [Fact]
    public async Task Write_ToAStreamThatRefusesSynchronousWrites_GivesAReadableZip()
    {
        var minutes = File("Minutes March.pdf", "%PDF minutes");

        using var zip = await WriteAsync(Pack(Element("1.1.1", Item("Panel minutes", minutes))));

        var item = zip.Entries.Single(e => e.FullName.StartsWith("files/", StringComparison.Ordinal));
        Assert.Equal(["files/" + item.Name, "index.html", "index.csv"], zip.Entries.Select(e => e.FullName));
        Assert.EndsWith("-Minutes March.pdf", item.Name, StringComparison.Ordinal);
        Assert.Equal(Store[minutes.Sha256], Bytes(zip, item.FullName));
    }

    [Fact]
    public async Task Write_TheSameFileUsedTwice_IsStoredOnceAndLinkedFromBothElements()
    {
        var survey = File("survey.pdf", "%PDF survey " + Guid.NewGuid());
        var shared = Item("Customer survey", survey);
        var copy = Item("Survey again, uploaded twice", File("survey copy.pdf", "%PDF survey different name, same bytes") with { Sha256 = survey.Sha256 });
        var opened = new List<string>();

        using var zip = await WriteAsync(Pack(Element("1.1.1", shared), Element("1.1.2", shared, copy)), opened);

        var path = Assert.Single(zip.Entries, e => e.FullName.StartsWith("files/", StringComparison.Ordinal)).FullName;
        Assert.Equal([survey.Sha256], opened);
        var html = Text(zip, "index.html");
        Assert.Equal(3, CountOf(html, $"href=\"{Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal)}\""));
        Assert.Equal(3, Text(zip, "index.csv").Split("\r\n").Count(line => line.Contains(path, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Write_TwoFilesWithTheSameNameInOneItem_GetDifferentPaths()
    {
        var item = Item("Scans", File("scan.pdf", "%PDF one " + Guid.NewGuid()), File("scan.pdf", "%PDF two " + Guid.NewGuid()));

        using var zip = await WriteAsync(Pack(Element("1.1.1", item)));

        var shortId = item.Id.ToString("N")[^8..];
        Assert.Equal([$"files/{shortId}-scan.pdf", $"files/{shortId}-scan-2.pdf"],
            zip.Entries.Where(e => e.FullName.StartsWith("files/", StringComparison.Ordinal)).Select(e => e.FullName));
    }

    [Fact]
    public async Task Write_Html_IsAStandalonePageElementByElementWithSafeNarratives()
    {
        var element = new EvidencePackElement("2.1.3", "Customer <insight>", "Compliance Plus", ElementProgress.InProgress, null,
            "We **listen**.\n\n<script>alert('x')</script>\n\n[Report](javascript:alert(1))", [Item("Journey map", File("map.pdf", "%PDF map"))]);

        using var zip = await WriteAsync(Pack(Element("1.1.1"), element));

        var html = Text(zip, "index.html");
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("default-src 'none'", document.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
        Assert.Equal("Evidence pack: Testshire County Council", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(["1.1.1 Element 1.1.1", "2.1.3 Customer <insight>"], document.QuerySelectorAll("section h2").Select(h => h.TextContent));
        var section = document.QuerySelectorAll("section")[1];
        Assert.Equal("element-2-1-3", section.GetAttribute("aria-labelledby"));
        Assert.Equal(["Compliance Plus", "In progress", "No owner yet"], section.QuerySelectorAll("dd").Select(d => d.TextContent));
        Assert.Equal("listen", section.QuerySelector("strong")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("script"));
        var link = section.QuerySelector("li a")!;
        Assert.Equal("map.pdf", link.TextContent);
        Assert.NotNull(zip.GetEntry(Uri.UnescapeDataString(link.GetAttribute("href")!)));
        var firstParagraphs = document.QuerySelectorAll("section")[0].QuerySelectorAll("p");
        Assert.Equal("No evidence linked.", firstParagraphs[firstParagraphs.Length - 1].TextContent);
    }

    [Fact]
    public async Task Write_Csv_HasOneRowPerElementAndFileWithFormulasDefused()
    {
        var withUrl = new EvidencePackItem(Guid.CreateVersion7(), "=HYPERLINK(\"http://evil\")", EvidenceKind.WebLink, new DateOnly(2026, 1, 5), null,
            "https://www.example.org/report", []);
        var report = File("report.pdf", "%PDF report " + Guid.NewGuid());
        var element = Element("1.2.1", Item("Annual report", report), withUrl) with { Narrative = "Line one,\n\"quoted\"" };

        using var zip = await WriteAsync(Pack(element, Element("1.2.2")));

        var csv = Text(zip, "index.csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", EvidencePackWriter.CsvHeader), lines[0].TrimStart('\uFEFF'));
        Assert.StartsWith("1.2.1,Element 1.2.1,Compliance,Completed,\"Line one,\n\"\"quoted\"\"\",Annual report,Document,2026-03-01 to 2026-03-31,files/", csv.Split("\r\n")[1]);
        Assert.EndsWith($",{report.Sha256}", csv.Split("\r\n")[1]);
        Assert.Equal("1.2.1,Element 1.2.1,Compliance,Completed,\"Line one,\n\"\"quoted\"\"\",\"'=HYPERLINK(\"\"http://evil\"\")\",Web link,2026-01-05,https://www.example.org/report,", csv.Split("\r\n")[2]);
        Assert.Equal("1.2.2,Element 1.2.2,Compliance,Completed,How we meet 1.2.2.,,,,,", csv.Split("\r\n")[3]);
    }

    [Fact]
    public async Task Write_FileMissingFromTheStore_IsListedAsMissingAndLeftOut()
    {
        var missing = new EvidencePackFile("lost.pdf", "application/pdf", 10, new string('a', 64));

        using var zip = await WriteAsync(Pack(Element("1.1.1", Item("Lost minutes", missing))));

        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("files/", StringComparison.Ordinal));
        Assert.Contains("lost.pdf (missing from the evidence store)", Text(zip, "index.html"), StringComparison.Ordinal);
        Assert.Contains("missing: lost.pdf", Text(zip, "index.csv"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Testshire County Council", "testshire-county-council-self-assessment-2026-11-22.zip")]
    [InlineData("Café Société / Bureau: \"Nord\"", "cafe-societe-bureau-nord-self-assessment-2026-11-22.zip")]
    [InlineData("東京", "organisation-self-assessment-2026-11-22.zip")]
    public void ZipName_IsASafeSlugWithTheDate(string organisation, string expected) =>
        Assert.Equal(expected, EvidencePackWriter.ZipName(organisation, At));

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>Like Kestrel's response body: no seeking, and any synchronous write or flush throws.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => throw Sync();
        public override void Write(ReadOnlySpan<byte> buffer) => throw Sync();
        public override void WriteByte(byte value) => throw Sync();
        public override void Flush() => throw Sync();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        private static InvalidOperationException Sync() => new("Synchronous operations are disallowed.");
    }
}
