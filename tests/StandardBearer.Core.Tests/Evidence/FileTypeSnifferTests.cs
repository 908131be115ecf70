using System.Text;
using StandardBearer.Core.Evidence;

namespace StandardBearer.Core.Tests.Evidence;

public class FileTypeSnifferTests
{
    [Theory]
    [InlineData("pdf", "evidence.pdf", FileKind.Pdf, "application/pdf", ".pdf")]
    [InlineData("png", "photo.png", FileKind.Png, "image/png", ".png")]
    [InlineData("jpeg", "photo.jpeg", FileKind.Jpeg, "image/jpeg", ".jpg")]
    [InlineData("docx", "policy.docx", FileKind.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx")]
    [InlineData("xlsx", "survey.xlsx", FileKind.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")]
    [InlineData("pptx", "training.pptx", FileKind.Pptx, "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx")]
    [InlineData("odt", "policy.odt", FileKind.Odt, "application/vnd.oasis.opendocument.text", ".odt")]
    [InlineData("ods", "survey.ods", FileKind.Ods, "application/vnd.oasis.opendocument.spreadsheet", ".ods")]
    [InlineData("csv", "results.csv", FileKind.Csv, "text/csv", ".csv")]
    [InlineData("csv", "RESULTS.CSV", FileKind.Csv, "text/csv", ".csv")]
    [InlineData("text", "minutes.txt", FileKind.Txt, "text/plain", ".txt")]
    [InlineData("csv", "results.txt", FileKind.Txt, "text/plain", ".txt")]
    [InlineData("text", null, FileKind.Txt, "text/plain", ".txt")]
    public void Detect_AllowedType_IsRecognisedFromTheBytes(string sample, string? name, FileKind kind, string mediaType, string extension)
    {
        using var stream = new MemoryStream(SampleFiles.Build(sample));

        var type = FileTypeSniffer.Detect(stream, name);

        Assert.Equal(new DetectedFileType(kind, mediaType, extension), type);
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [InlineData("pdf", "photo.png", FileKind.Pdf)]
    [InlineData("png", "report.pdf", FileKind.Png)]
    [InlineData("docx", "survey.xlsx", FileKind.Docx)]
    [InlineData("ods", "results.csv", FileKind.Ods)]
    [InlineData("text", "policy.docx", FileKind.Txt)]
    public void Detect_MisleadingName_TheBytesWin(string sample, string name, FileKind kind)
    {
        var type = FileTypeSniffer.Detect(new MemoryStream(SampleFiles.Build(sample)), name);

        Assert.Equal(kind, type?.Kind);
    }

    [Theory]
    [InlineData("exe", "report.pdf")]
    [InlineData("elf", "notes.txt")]
    [InlineData("html", "notes.txt")]
    [InlineData("zip", "policy.docx")]
    [InlineData("random", "data.csv")]
    public void Detect_DisallowedContent_IsNull(string sample, string name)
    {
        var type = FileTypeSniffer.Detect(new MemoryStream(SampleFiles.Build(sample)), name);

        Assert.Null(type);
    }

    [Theory]
    [InlineData("<html><body>hi</body></html>")]
    [InlineData("\r\n\t <HTML lang=\"en\">")]
    [InlineData("<!doctype HTML>")]
    [InlineData("<Script>alert(1)</Script>")]
    [InlineData("<?xml version=\"1.0\"?><svg/>")]
    [InlineData("\uFEFF<script>")]
    public void Detect_TextABrowserWouldRender_IsNull(string text)
    {
        var type = FileTypeSniffer.Detect(new MemoryStream(SampleFiles.Utf8(text)), "notes.txt");

        Assert.Null(type);
    }

    [Theory]
    [InlineData("Tea & <biscuits> at 3pm")]
    [InlineData("html is a markup language")]
    [InlineData("   \n")]
    public void Detect_TextThatMerelyMentionsMarkup_IsText(string text)
    {
        var type = FileTypeSniffer.Detect(new MemoryStream(SampleFiles.Utf8(text)), "notes.txt");

        Assert.Equal(FileKind.Txt, type?.Kind);
    }

    [Theory]
    [InlineData(new byte[] { 0x68, 0x69, 0x00, 0x21 })] // NUL
    [InlineData(new byte[] { 0x68, 0x69, 0x1B, 0x5B })] // escape
    [InlineData(new byte[] { 0x68, 0x69, 0xC3, 0x28 })] // broken UTF-8 sequence
    [InlineData(new byte[] { 0x63, 0x61, 0x66, 0xE9 })] // Latin-1 "café", not UTF-8
    [InlineData(new byte[] { 0x68, 0x69, 0xC2, 0x85 })] // C1 control (NEL)
    public void Detect_TextWithForbiddenBytes_IsNull(byte[] content)
    {
        var type = FileTypeSniffer.Detect(new MemoryStream(content), "notes.txt");

        Assert.Null(type);
    }

    [Fact]
    public void Detect_MultiByteCharacterAcrossReadChunks_IsText()
    {
        // 81,919 ASCII bytes put the two bytes of "é" either side of the sniffer's 80 KiB read boundary.
        var content = Encoding.UTF8.GetBytes(new string('a', 81919) + "é and more");

        var type = FileTypeSniffer.Detect(new MemoryStream(content), "long.txt");

        Assert.Equal(FileKind.Txt, type?.Kind);
    }

    [Theory]
    [InlineData("pdf", FileKind.Pdf)]
    [InlineData("png", FileKind.Png)]
    [InlineData("jpeg", FileKind.Jpeg)]
    [InlineData("docx", FileKind.Docx)]
    [InlineData("ods", FileKind.Ods)]
    [InlineData("csv", FileKind.Csv)]
    public void DetectSpan_WholeFile_MatchesTheStreamOverload(string sample, FileKind kind)
    {
        var type = FileTypeSniffer.Detect(SampleFiles.Build(sample).AsSpan(), "file.csv");

        Assert.Equal(kind, type?.Kind);
    }

    [Fact]
    public void DetectSpan_HeadOfAZip_IsNullBecauseTheDirectoryIsAtTheEnd()
    {
        var head = SampleFiles.Docx().AsSpan(0, 16);

        var type = FileTypeSniffer.Detect(head, "policy.docx");

        Assert.Null(type);
    }

    [Fact]
    public void DetectSpan_HeadCuttingACharacterInHalf_IsText()
    {
        var head = Encoding.UTF8.GetBytes("Zoë").AsSpan(0, 3);

        var type = FileTypeSniffer.Detect(head, "notes.txt");

        Assert.Equal(FileKind.Txt, type?.Kind);
    }

    [Fact]
    public void Detect_Empty_IsNull()
    {
        Assert.Null(FileTypeSniffer.Detect(new MemoryStream(), "empty.txt"));
        Assert.Null(FileTypeSniffer.Detect(ReadOnlySpan<byte>.Empty, "empty.txt"));
    }
}
