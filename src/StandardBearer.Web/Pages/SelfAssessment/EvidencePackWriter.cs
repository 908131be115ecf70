using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using StandardBearer.Core.Common;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.SelfAssessment;

/// <summary>Everything the pack says, already read from the database: plain data, no queries behind it.</summary>
public sealed record EvidencePack(string OrganisationName, string Standard, string VersionLabel, DateTimeOffset GeneratedAt, IReadOnlyList<EvidencePackElement> Elements);

public sealed record EvidencePackElement(
    string Number, string Title, string? RatingName, ElementProgress Progress, string? OwnerName, string? Narrative, IReadOnlyList<EvidencePackItem> Evidence);

public sealed record EvidencePackItem(Guid Id, string Title, EvidenceKind Kind, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, string? Url, IReadOnlyList<EvidencePackFile> Files);

public sealed record EvidencePackFile(string FileName, string MediaType, long Length, string Sha256);

/// <summary>
/// Writes an assessor's evidence pack as a ZIP to any stream, as it goes: each file is copied from its source
/// straight into its entry through one small buffer, so memory stays the same however large the files are, and
/// nothing is built in memory or in a temporary file. The output may be a response body that refuses synchronous
/// writes, as Kestrel's does: the async ZIP APIs are used (CreateAsync, OpenAsync, DisposeAsync), and the few small
/// records ZipArchive still writes synchronously go through <see cref="AsyncOnlyOutput"/>.
/// <list type="bullet">
/// <item><c>files/&lt;item short id&gt;-&lt;name&gt;</c>: each distinct file (by SHA-256) once, however many elements or items use it.</item>
/// <item><c>index.html</c>: a standalone page, element by element, linking to the files inside the ZIP.</item>
/// <item><c>index.csv</c>: one row per element and evidence file (or web address), for a spreadsheet.</item>
/// </list>
/// </summary>
public sealed class EvidencePackWriter(Func<EvidencePackFile, CancellationToken, Task<Stream?>> openFile)
{
    private const int BufferSize = 81920;

    // Characters: a StreamWriter holds this many, plus their encoded bytes.
    private const int TextBufferSize = 16 * 1024;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The CSV's columns, in order.</summary>
    public static readonly IReadOnlyList<string> CsvHeader =
        ["element", "element_title", "self_rating", "progress", "narrative", "evidence_title", "kind", "effective_period", "file_or_url", "sha256"];

    /// <summary>Writes the pack. <paramref name="output"/> is left open; a file whose source returns null is listed as missing.</summary>
    public async Task WriteAsync(EvidencePack pack, Stream output, CancellationToken ct = default)
    {
        var paths = PathsFor(pack);
        var missing = new HashSet<string>(StringComparer.Ordinal);
        await using var asyncOutput = new AsyncOnlyOutput(output);
        await using (var zip = await ZipArchive.CreateAsync(asyncOutput, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
            await WriteEntriesAsync(zip, pack, paths, missing, ct);
        await asyncOutput.FlushAsync(ct);
    }

    private async Task WriteEntriesAsync(ZipArchive zip, EvidencePack pack, PackPaths paths, HashSet<string> missing, CancellationToken ct)
    {
        // Files first, so the indexes can say which ones could not be read.
        foreach (var (file, path) in paths.Files)
        {
            await using var source = await openFile(file, ct);
            if (source is null)
            {
                missing.Add(file.Sha256);
                continue;
            }
            var entry = zip.CreateEntry(path, IsText(file.MediaType) ? CompressionLevel.Fastest : CompressionLevel.NoCompression);
            entry.LastWriteTime = pack.GeneratedAt;
            await using var target = await entry.OpenAsync(ct);
            await source.CopyToAsync(target, BufferSize, ct);
        }
        await WriteEntryAsync(zip, "index.html", pack.GeneratedAt, new UTF8Encoding(false), w => WriteHtmlAsync(w, pack, paths.BySha, missing), ct);
        // A byte order mark, so spreadsheet programs read the UTF-8 as UTF-8.
        await WriteEntryAsync(zip, "index.csv", pack.GeneratedAt, new UTF8Encoding(true), w => w.WriteAsync(Csv.Write(CsvHeader, CsvRows(pack, paths.BySha, missing))), ct);
    }

    /// <summary>The file name a browser saves the pack as: "&lt;organisation&gt;-self-assessment-&lt;yyyy-MM-dd&gt;.zip".</summary>
    public static string ZipName(string organisationName, DateTimeOffset at)
    {
        var slug = new StringBuilder();
        foreach (var c in organisationName.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) slug.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var name = slug.ToString().Trim('-');
        if (name.Length > 60) name = name[..60].TrimEnd('-');
        return $"{(name.Length == 0 ? "organisation" : name)}-self-assessment-{at.UtcDateTime:yyyy-MM-dd}.zip";
    }

    /// <summary>Where each distinct file goes in the ZIP, in the order the elements first use them.</summary>
    internal static PackPaths PathsFor(EvidencePack pack)
    {
        var bySha = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<(EvidencePackFile, string)>();
        foreach (var item in pack.Elements.SelectMany(e => e.Evidence))
        {
            foreach (var file in item.Files)
            {
                if (bySha.ContainsKey(file.Sha256)) continue;
                // Names were checked at upload; sanitising again keeps the ZIP safe to extract whatever the database holds.
                var extension = Path.GetExtension(file.FileName) is { Length: > 1 } ext ? ext : ".bin";
                var name = FileNames.Sanitise(file.FileName, extension);
                // The last characters of a version-7 id are random; the first ones are a timestamp shared by neighbours.
                var stem = $"files/{item.Id.ToString("N")[^8..]}-{Path.GetFileNameWithoutExtension(name)}";
                var path = stem + extension.ToLowerInvariant();
                for (var n = 2; !used.Add(path); n++) path = $"{stem}-{n}{extension.ToLowerInvariant()}";
                bySha[file.Sha256] = path;
                files.Add((file, path));
            }
        }
        return new PackPaths(files, bySha);
    }

    internal sealed record PackPaths(IReadOnlyList<(EvidencePackFile File, string Path)> Files, IReadOnlyDictionary<string, string> BySha);

    private static async Task WriteEntryAsync(ZipArchive zip, string name, DateTimeOffset at, Encoding encoding, Func<StreamWriter, Task> write, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = at;
        await using var stream = await entry.OpenAsync(ct);
        // Disposed with await: a plain Dispose would flush the last buffer synchronously.
        await using var writer = new StreamWriter(stream, encoding, TextBufferSize);
        await write(writer);
    }

    private static async Task WriteHtmlAsync(StreamWriter w, EvidencePack pack, IReadOnlyDictionary<string, string> paths, HashSet<string> missing)
    {
        var title = $"Evidence pack: {pack.OrganisationName}";
        var fileCount = paths.Count - missing.Count;
        await w.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>{{H(title)}}</title>
            <style>
            body { font-family: Arial, sans-serif; font-size: 1.1875rem; line-height: 1.5; color: #0b0c0c; max-width: 50em; margin: 0 auto; padding: 1em; }
            a { color: #1d70b8; } a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
            section { border-top: 1px solid #b1b4b6; margin-top: 2em; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1em; } dt { font-weight: bold; } dd { margin: 0; }
            </style>
            </head>
            <body>
            <main>
            <h1>{{H(title)}}</h1>
            <p>Self-assessment against {{H(pack.Standard)}} version {{H(pack.VersionLabel)}}, produced on {{pack.GeneratedAt.UtcDateTime.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", English)}}.
            {{pack.Elements.Count}} elements and {{fileCount}} evidence file{{(fileCount == 1 ? "" : "s")}}; the files are in the <code>files</code> folder beside this page, and <code>index.csv</code> lists the same in a table.</p>
            <nav aria-labelledby="contents">
            <h2 id="contents">Elements</h2>
            <ol>

            """);
        foreach (var e in pack.Elements)
            await w.WriteAsync($"<li><a href=\"#{H(Anchor(e.Number))}\">{H(e.Number)} {H(e.Title)}</a></li>\n");
        await w.WriteAsync("</ol>\n</nav>\n");
        foreach (var e in pack.Elements)
        {
            await w.WriteAsync($"""
                <section aria-labelledby="{H(Anchor(e.Number))}">
                <h2 id="{H(Anchor(e.Number))}">{H(e.Number)} {H(e.Title)}</h2>
                <dl>
                <dt>Self-rating</dt><dd>{H(e.RatingName ?? "Not yet rated")}</dd>
                <dt>Progress</dt><dd>{ProgressText(e.Progress)}</dd>
                <dt>Owner</dt><dd>{H(e.OwnerName ?? "No owner yet")}</dd>
                </dl>
                <h3>How we meet this element</h3>

                """);
            // Markdown with raw HTML switched off: user text cannot add markup, and the page's policy allows no script.
            await w.WriteAsync(string.IsNullOrWhiteSpace(e.Narrative) ? "<p>Not written yet.</p>\n" : Markdown.ToHtml(e.Narrative).ToString() + "\n");
            await w.WriteAsync("<h3>Evidence</h3>\n");
            if (e.Evidence.Count == 0)
            {
                await w.WriteAsync("<p>No evidence linked.</p>\n</section>\n");
                continue;
            }
            await w.WriteAsync("<ul>\n");
            foreach (var item in e.Evidence)
            {
                var about = string.Join(", ", new[] { EvidenceKinds.DisplayName(item.Kind), Period(item, English, "d MMMM yyyy") }.Where(s => s.Length > 0));
                var links = item.Files.Select(f => missing.Contains(f.Sha256)
                        ? $"{H(f.FileName)} (missing from the evidence store)"
                        : $"<a href=\"{H(Uri.EscapeDataString(paths[f.Sha256]).Replace("%2F", "/", StringComparison.Ordinal))}\">{H(f.FileName)}</a> ({Size(f.Length)})")
                    .ToList();
                if (item.Url is not null) links.Add($"<a href=\"{H(item.Url)}\">{H(item.Url)}</a>");
                await w.WriteAsync($"<li><strong>{H(item.Title)}</strong> ({H(about)}){(links.Count == 0 ? "" : ": " + string.Join(", ", links))}</li>\n");
            }
            await w.WriteAsync("</ul>\n</section>\n");
        }
        await w.WriteAsync("</main>\n</body>\n</html>\n");
    }

    private static IEnumerable<IReadOnlyList<string>> CsvRows(EvidencePack pack, IReadOnlyDictionary<string, string> paths, HashSet<string> missing)
    {
        foreach (var e in pack.Elements)
        {
            string[] element = [e.Number, e.Title, e.RatingName ?? "", ProgressText(e.Progress), e.Narrative ?? ""];
            if (e.Evidence.Count == 0)
                yield return [.. element, "", "", "", "", ""];
            foreach (var item in e.Evidence)
            {
                string[] evidence = [item.Title, EvidenceKinds.DisplayName(item.Kind), Period(item, CultureInfo.InvariantCulture, "yyyy-MM-dd")];
                foreach (var f in item.Files)
                    yield return [.. element, .. evidence, missing.Contains(f.Sha256) ? $"missing: {f.FileName}" : paths[f.Sha256], f.Sha256];
                if (item.Url is not null)
                    yield return [.. element, .. evidence, item.Url, ""];
                if (item.Files.Count == 0 && item.Url is null)
                    yield return [.. element, .. evidence, "", ""];
            }
        }
    }

    private static string Period(EvidencePackItem item, CultureInfo culture, string format) => (item.EffectiveFrom, item.EffectiveTo) switch
    {
        ({ } from, { } to) => $"{from.ToString(format, culture)} to {to.ToString(format, culture)}",
        ({ } from, null) => from.ToString(format, culture),
        _ => "",
    };

    private static string ProgressText(ElementProgress progress) => progress switch
    {
        ElementProgress.Completed => "Completed",
        ElementProgress.InProgress => "In progress",
        _ => "Not started",
    };

    // Text formats gain from compression; PDFs, images and Office files are already compressed, so they are stored.
    private static bool IsText(string mediaType) => mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);

    private static string Anchor(string number) => "element-" + number.Replace('.', '-');

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(English, $"{bytes / (1024.0 * 1024):0.#} MB"),
        >= 1024 => string.Create(English, $"{bytes / 1024.0:0} KB"),
        _ => $"{bytes} bytes",
    };

    private static string H(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// Lets ZipArchive write to an output that refuses synchronous writes. Even through its async APIs, ZipArchive
    /// (in .NET 10) still writes a few small records synchronously: an entry's data descriptor and the last deflate
    /// block when the entry stream is disposed. Those wait here and go out, with await, ahead of the next async write
    /// or flush. The bulk of every file arrives by WriteAsync and passes straight through. The cap keeps the promise
    /// that the pack is never held in memory: were a future ZipArchive to write whole files synchronously, this
    /// throws rather than quietly buffering them.
    /// </summary>
    private sealed class AsyncOnlyOutput(Stream inner) : Stream
    {
        private const int MaxHeld = 1024 * 1024;

        private readonly MemoryStream _held = new();
        private long _position;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();

        // ZipArchive keeps its own count of what it wrote to a stream it cannot seek; this one is never asked.
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_held.Length + buffer.Length > MaxHeld)
                throw new InvalidOperationException($"ZipArchive wrote more than {MaxHeld} bytes synchronously; the evidence pack would no longer stream.");
            _held.Write(buffer);
            _position += buffer.Length;
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await SendHeldAsync(cancellationToken);
            await inner.WriteAsync(buffer, cancellationToken);
            _position += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        // A synchronous flush cannot reach the output; what is held goes with the next async write or flush.
        public override void Flush()
        {
        }

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            await SendHeldAsync(cancellationToken);
            await inner.FlushAsync(cancellationToken);
        }

        private async ValueTask SendHeldAsync(CancellationToken ct)
        {
            if (_held.Length == 0) return;
            await inner.WriteAsync(_held.GetBuffer().AsMemory(0, (int)_held.Length), ct);
            _held.SetLength(0);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _held.Dispose();
            base.Dispose(disposing);
        }
    }
}
