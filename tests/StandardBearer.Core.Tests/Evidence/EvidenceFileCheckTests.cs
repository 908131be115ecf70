using System.Security.Cryptography;
using StandardBearer.Core.Evidence;

namespace StandardBearer.Core.Tests.Evidence;

public sealed class EvidenceFileCheckTests : IDisposable
{
    private const string WrongType = "The selected file must be a PDF, Word document, Excel spreadsheet, PowerPoint presentation, OpenDocument text or spreadsheet, CSV, text file, PNG or JPEG";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private EvidenceFileOptions Options(long maxFileBytes = EvidenceFileOptions.DefaultMaxFileBytes) =>
        new() { StorePath = folder.Path, MaxFileBytes = maxFileBytes };

    private string[] LeftBehind(EvidenceFileOptions options) =>
        Directory.Exists(options.IncomingPath) ? Directory.GetFiles(options.IncomingPath) : [];

    [Theory]
    [InlineData("pdf", "Evidence pack.pdf", FileKind.Pdf, "Evidence pack.pdf")]
    [InlineData("docx", "policy.docx", FileKind.Docx, "policy.docx")]
    [InlineData("xlsx", "survey.xlsx", FileKind.Xlsx, "survey.xlsx")]
    [InlineData("pptx", "training.pptx", FileKind.Pptx, "training.pptx")]
    [InlineData("odt", "policy.odt", FileKind.Odt, "policy.odt")]
    [InlineData("ods", "survey.ods", FileKind.Ods, "survey.ods")]
    [InlineData("csv", "results.csv", FileKind.Csv, "results.csv")]
    [InlineData("text", "minutes.txt", FileKind.Txt, "minutes.txt")]
    [InlineData("png", "photo.png", FileKind.Png, "photo.png")]
    [InlineData("jpeg", "photo.jpeg", FileKind.Jpeg, "photo.jpg")]
    public async Task CheckAsync_AllowedFile_SucceedsWithHashLengthTypeAndTempCopy(string sample, string name, FileKind kind, string safeName)
    {
        var bytes = SampleFiles.Build(sample);
        var options = Options();

        await using var result = await EvidenceFileCheck.CheckAsync(new MemoryStream(bytes), name, bytes.Length, options, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(kind, result.Type.Kind);
        Assert.Equal(safeName, result.SafeName);
        Assert.Equal(bytes.Length, result.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), result.Sha256);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(result.TempPath));
    }

    [Fact]
    public async Task DisposeAsync_Success_DeletesTheTempFile()
    {
        var options = Options();
        var result = await EvidenceFileCheck.CheckAsync(new MemoryStream(SampleFiles.Pdf()), "a.pdf", null, options, CancellationToken.None);
        Assert.True(File.Exists(result.TempPath));

        await result.DisposeAsync();

        Assert.Empty(LeftBehind(options));
    }

    [Fact]
    public async Task DisposeAsync_TempFileAlreadyMovedAway_DoesNotThrow()
    {
        var options = Options();
        var result = await EvidenceFileCheck.CheckAsync(new MemoryStream(SampleFiles.Pdf()), "a.pdf", null, options, CancellationToken.None);
        File.Move(result.TempPath!, Path.Combine(folder.Path, "kept.pdf"));

        await result.DisposeAsync();

        Assert.True(File.Exists(Path.Combine(folder.Path, "kept.pdf")));
    }

    [Theory]
    [InlineData("exe", "report.pdf")]
    [InlineData("elf", "report.pdf")]
    [InlineData("html", "notes.txt")]
    [InlineData("zip", "policy.docx")]
    [InlineData("random", "data.bin")]
    public async Task CheckAsync_DisguisedOrUnknownType_FailsWithTheTypeMessage(string sample, string name)
    {
        var options = Options();

        await using var result = await EvidenceFileCheck.CheckAsync(new MemoryStream(SampleFiles.Build(sample)), name, null, options, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(WrongType, result.Error);
        Assert.Null(result.TempPath);
        Assert.Empty(LeftBehind(options));
    }

    [Fact]
    public async Task CheckAsync_ZeroBytes_FailsAsEmpty()
    {
        var options = Options();

        await using var result = await EvidenceFileCheck.CheckAsync(new MemoryStream(), "empty.pdf", 0, options, CancellationToken.None);

        Assert.Equal("The selected file is empty", result.Error);
        Assert.Empty(LeftBehind(options));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task CheckAsync_NoName_AsksToSelectAFile(string? name)
    {
        await using var result = await EvidenceFileCheck.CheckAsync(new MemoryStream(SampleFiles.Pdf()), name, null, Options(), CancellationToken.None);

        Assert.Equal("Select a file", result.Error);
    }

    [Fact]
    public async Task CheckAsync_NoStream_AsksToSelectAFile()
    {
        await using var result = await EvidenceFileCheck.CheckAsync(null!, "a.pdf", null, Options(), CancellationToken.None);

        Assert.Equal("Select a file", result.Error);
    }

    [Fact]
    public async Task CheckAsync_LargerThanLimitWhileCopying_FailsAndStopsReading()
    {
        var options = Options(maxFileBytes: 100);
        var content = new CountingStream(SampleFiles.Utf8(new string('x', 1_000_000)));

        await using var result = await EvidenceFileCheck.CheckAsync(content, "big.txt", declaredLength: null, options, CancellationToken.None);

        Assert.Equal("The selected file must be smaller than 100 bytes", result.Error);
        Assert.True(content.BytesRead < 1_000_000, $"read {content.BytesRead} bytes");
        Assert.Empty(LeftBehind(options));
    }

    [Fact]
    public async Task CheckAsync_DeclaredLengthOverLimit_FailsWithoutReading()
    {
        var options = Options();
        var content = new CountingStream(SampleFiles.Pdf());

        await using var result = await EvidenceFileCheck.CheckAsync(content, "big.pdf", 26L * 1024 * 1024, options, CancellationToken.None);

        Assert.Equal("The selected file must be smaller than 25 MB", result.Error);
        Assert.Equal(0, content.BytesRead);
    }

    [Fact]
    public async Task CheckAsync_ExactlyTheLimit_Succeeds()
    {
        var bytes = SampleFiles.Pdf();

        await using var result = await EvidenceFileCheck.CheckAsync(new MemoryStream(bytes), "a.pdf", null, Options(maxFileBytes: bytes.Length), CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
    }

    [Theory]
    [InlineData(25L * 1024 * 1024, "25 MB")]
    [InlineData(1024L * 1024 * 1024, "1024 MB")]
    [InlineData(1536L * 1024, "1.5 MB")]
    [InlineData(2048, "2 KB")]
    [InlineData(10, "10 bytes")]
    public void TooLarge_Limit_IsWrittenInReadableUnits(long maxFileBytes, string size)
    {
        var message = EvidenceFileCheck.TooLarge(maxFileBytes);

        Assert.Equal($"The selected file must be smaller than {size}", message);
    }

    [Theory]
    [InlineData(@"..\..\evil.pdf")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\fakepath\\Evidence.pdf")]
    [InlineData("..")]
    public async Task CheckAsync_PathLikeName_IsRefusedAndLeavesNothingBehind(string name)
    {
        var options = Options();

        await using var result = await EvidenceFileCheck.CheckAsync(new MemoryStream(SampleFiles.Pdf()), name, null, options, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(EvidenceFileCheck.NameIsPath, result.Error);
        Assert.Empty(LeftBehind(options));
    }

    [Fact]
    public async Task CheckAsync_Cancelled_ThrowsAndLeavesNothingBehind()
    {
        var options = Options();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            EvidenceFileCheck.CheckAsync(new MemoryStream(SampleFiles.Pdf()), "a.pdf", null, options, cancel.Token));

        Assert.Empty(LeftBehind(options));
    }

    [Fact]
    public async Task ThrowIfFailed_Failure_ThrowsValidationAgainstTheFileField()
    {
        await using var result = await EvidenceFileCheck.CheckAsync(new MemoryStream(), "a.pdf", null, Options(), CancellationToken.None);

        var error = Assert.Throws<StandardBearer.Core.Common.DomainValidationException>(result.ThrowIfFailed);

        Assert.Equal(["The selected file is empty"], error.Errors["File"]);
    }

    /// <summary>Counts what the check reads, to show it stops early; not seekable, like a request body.</summary>
    private sealed class CountingStream(byte[] content) : Stream
    {
        private readonly MemoryStream inner = new(content);

        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
