using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace StandardBearer.Core.Evidence;

/// <summary>
/// Decides what an upload is from its bytes. The declared name is never trusted: it only chooses between
/// the two text kinds (CSV or plain text), which no byte pattern can tell apart.
/// </summary>
public static class FileTypeSniffer
{
    private const int ChunkSize = 81920;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> ZipMagic => "PK\x03\x04"u8;

    // Text a browser may render as a page or image (and run scripts in) if it is ever served with the wrong
    // type or sniffed; <svg is not in the brief's list but is rejected for the same reason.
    private static readonly string[] MarkupStarts = ["<!doctype html", "<html", "<script", "<?xml", "<svg"];

    /// <summary>
    /// Detects from a head of the file. Enough for everything but ZIP-based documents, which are recognised only
    /// when <paramref name="head"/> holds the whole file; text is judged on the bytes given (a multi-byte
    /// character cut off at the end is allowed).
    /// </summary>
    public static DetectedFileType? Detect(ReadOnlySpan<byte> head, string? declaredName)
    {
        if (head.IsEmpty)
            return null;
        if (DetectBySignature(head) is { } signed)
            return signed;
        if (head.StartsWith(ZipMagic))
        {
            using var zip = new MemoryStream(head.ToArray(), writable: false);
            return DetectZip(zip);
        }

        var text = new TextScan();
        return text.Feed(head, final: false) && text.Finish() ? TextKind(declaredName) : null;
    }

    /// <summary>Detects from the whole stream, reading from the start; leaves the position at the start.</summary>
    public static DetectedFileType? Detect(Stream seekableStream, string? declaredName)
    {
        ArgumentNullException.ThrowIfNull(seekableStream);
        if (!seekableStream.CanSeek || !seekableStream.CanRead)
            throw new ArgumentException("The stream must be readable and seekable.", nameof(seekableStream));

        try
        {
            seekableStream.Position = 0;
            Span<byte> buffer = stackalloc byte[8];
            var head = buffer[..seekableStream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)];
            if (head.IsEmpty)
                return null;
            if (DetectBySignature(head) is { } signed)
                return signed;

            seekableStream.Position = 0;
            if (head.StartsWith(ZipMagic))
                return DetectZip(seekableStream);
            return IsSafeText(seekableStream) ? TextKind(declaredName) : null;
        }
        finally
        {
            seekableStream.Position = 0;
        }
    }

    private static DetectedFileType? DetectBySignature(ReadOnlySpan<byte> head) =>
        head.StartsWith(PdfMagic) ? DetectedFileType.Pdf
        : head.StartsWith(PngMagic) ? DetectedFileType.Png
        : head.StartsWith(JpegMagic) ? DetectedFileType.Jpeg
        : null;

    private static DetectedFileType TextKind(string? declaredName) =>
        string.Equals(Path.GetExtension(declaredName), ".csv", StringComparison.OrdinalIgnoreCase)
            ? DetectedFileType.Csv
            : DetectedFileType.Txt;

    private static DetectedFileType? DetectZip(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);

            // OpenDocument: the first entry, "mimetype", holds the media type as plain ASCII.
            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                return ReadSmallEntry(mimetype) switch
                {
                    "application/vnd.oasis.opendocument.text" => DetectedFileType.Odt,
                    "application/vnd.oasis.opendocument.spreadsheet" => DetectedFileType.Ods,
                    _ => null,
                };
            }

            // Office Open XML: every package has [Content_Types].xml; the main part's folder names the application.
            if (zip.GetEntry("[Content_Types].xml") is null)
                return null;
            var kinds = zip.Entries
                .Select(e => e.FullName)
                .Select(name =>
                    name.StartsWith("word/", StringComparison.OrdinalIgnoreCase) ? DetectedFileType.Docx
                    : name.StartsWith("xl/", StringComparison.OrdinalIgnoreCase) ? DetectedFileType.Xlsx
                    : name.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase) ? DetectedFileType.Pptx
                    : null)
                .OfType<DetectedFileType>()
                .Distinct()
                .ToList();
            return kinds.Count == 1 ? kinds[0] : null;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException)
        {
            return null; // not a readable ZIP (truncated, corrupt, or only a head of one)
        }
    }

    private static string? ReadSmallEntry(ZipArchiveEntry entry)
    {
        // Bounded both ways so a crafted entry cannot make us inflate much.
        const int Max = 128;
        if (entry.Length > Max)
            return null;
        using var content = entry.Open();
        var buffer = new byte[Max + 1];
        var read = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return read > Max ? null : Encoding.ASCII.GetString(buffer, 0, read).Trim();
    }

    private static bool IsSafeText(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var text = new TextScan();
            int read;
            while ((read = stream.Read(buffer, 0, ChunkSize)) > 0)
            {
                if (!text.Feed(buffer.AsSpan(0, read), final: false))
                    return false;
            }
            return text.Feed([], final: true) && text.Finish();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Checks text chunk by chunk: strict UTF-8, no control characters but layout ones, no markup start.</summary>
    private sealed class TextScan
    {
        private const int StartLength = 16;

        private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        private readonly StringBuilder start = new(StartLength);
        private bool seenContent;

        public bool Feed(ReadOnlySpan<byte> bytes, bool final)
        {
            var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
            try
            {
                int count;
                try
                {
                    count = decoder.GetChars(bytes, chars, flush: final);
                }
                catch (DecoderFallbackException)
                {
                    return false;
                }

                foreach (var c in chars.AsSpan(0, count))
                {
                    if (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f'))
                        return false;
                    if (!seenContent && (char.IsWhiteSpace(c) || c == '\uFEFF'))
                        continue; // leading whitespace and the optional byte order mark
                    seenContent = true;
                    if (start.Length < StartLength)
                        start.Append(c);
                }
                return true;
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }

        public bool Finish()
        {
            var opening = start.ToString();
            return !MarkupStarts.Any(m => opening.StartsWith(m, StringComparison.OrdinalIgnoreCase));
        }
    }
}
