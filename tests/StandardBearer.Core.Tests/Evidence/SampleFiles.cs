using System.IO.Compression;
using System.Text;

namespace StandardBearer.Core.Tests.Evidence;

/// <summary>Small real files built in memory, so no binary fixtures live in the repository.</summary>
internal static class SampleFiles
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01];

    // The start of a Windows executable: "MZ", then the DOS header with its NULs.
    public static byte[] Executable() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    public static byte[] Elf() => [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00];

    public static byte[] Docx() => Zip(("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>"), ("word/document.xml", "<w:document/>"));

    public static byte[] Xlsx() => Zip(("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>"), ("xl/workbook.xml", "<workbook/>"));

    public static byte[] Pptx() => Zip(("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>"), ("ppt/presentation.xml", "<p:presentation/>"));

    public static byte[] Odt() => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    public static byte[] Ods() => Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>"));

    public static byte[] PlainZip() => Zip(("notes.txt", "hello"), ("photo.jpg", "not really"));

    public static byte[] Utf8(string text, bool bom = false) =>
        bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public static byte[] Csv() => Utf8("Name,Team,Score\r\nZoë,Café,3\r\n\"Smith, J\",Façade,4\r\n");

    public static byte[] Text() => Utf8("Minutes of the customer panel — 12 March\n\tActions: naïve résumé £5 €6 日本語\f\n", bom: true);

    public static byte[] Html() => Utf8("  \n<!DOCTYPE html><html><script>alert(1)</script></html>");

    public static byte[] Random(int length)
    {
        var bytes = new byte[length];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0x00; // never a signature by chance
        return bytes;
    }

    public static byte[] Build(string sample) => sample switch
    {
        "pdf" => Pdf(),
        "png" => Png(),
        "jpeg" => Jpeg(),
        "docx" => Docx(),
        "xlsx" => Xlsx(),
        "pptx" => Pptx(),
        "odt" => Odt(),
        "ods" => Ods(),
        "csv" => Csv(),
        "text" => Text(),
        "exe" => Executable(),
        "elf" => Elf(),
        "html" => Html(),
        "zip" => PlainZip(),
        "random" => Random(4096),
        _ => throw new ArgumentOutOfRangeException(nameof(sample), sample, null),
    };

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                // OpenDocument wants "mimetype" stored, not deflated; harmless for the others.
                var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
