using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Web.Pages.SelfAssessment;

namespace StandardBearer.Bench;

/// <summary>
/// Writes an evidence pack of 20 MB and of 200 MB of files (5 MB each, read from disk as the local store does) to an
/// output that, like Kestrel's response body, cannot seek and refuses synchronous writes. The claim under test:
/// memory allocated per pack stays small and about the same whatever the size of the files.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class EvidencePackBenchmarks
{
    private const int FileBytes = 5 * 1024 * 1024;

    private string _folder = "";
    private EvidencePack _pack = null!;
    private Dictionary<string, string> _paths = null!;

    /// <summary>Megabytes of evidence files in the pack.</summary>
    [Params(20, 200)]
    public int Megabytes { get; set; }

    /// <summary>PDFs and images are stored as they are; text files are deflated on the way (costs CPU, not memory).</summary>
    [Params(false, true)]
    public bool TextFiles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"sb-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        _paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var random = new Random(7);
        var buffer = new byte[FileBytes];
        var items = new List<EvidencePackItem>();
        for (var i = 0; i < Megabytes * 1024 * 1024 / FileBytes; i++)
        {
            random.NextBytes(buffer);
            var sha = Convert.ToHexStringLower(SHA256.HashData(buffer));
            var path = Path.Combine(_folder, sha);
            File.WriteAllBytes(path, buffer);
            _paths[sha] = path;
            items.Add(new EvidencePackItem(Guid.CreateVersion7(), $"Evidence {i}", EvidenceKind.Document, null, null, null,
                [new EvidencePackFile($"evidence {i}.{(TextFiles ? "csv" : "pdf")}", TextFiles ? "text/csv" : "application/pdf", FileBytes, sha)]));
        }
        // 57 elements, as in the standard; the items spread over them, a few used by two elements.
        var elements = Enumerable.Range(0, 57).Select(e => new EvidencePackElement($"{e / 12 + 1}.{e / 4 % 3 + 1}.{e % 4 + 1}", $"Element {e}", "Compliance",
            ElementProgress.Completed, "Owner", "We meet this element **well**, as the evidence shows.",
            items.Where((_, i) => i % 57 == e || i % 57 == (e + 1) % 57).ToList())).ToList();
        _pack = new EvidencePack("Benchmark Borough Council", "Customer Service Excellence", "summaries-1", DateTimeOffset.UtcNow, elements);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public async Task<long> WritePack()
    {
        var writer = new EvidencePackWriter((file, _) =>
            Task.FromResult<Stream?>(new FileStream(_paths[file.Sha256], FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous)));
        var output = new ResponseLikeStream();
        await writer.WriteAsync(_pack, output);
        return output.Written;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // One process, a few timed runs: enough to see allocation per pack, which does not vary; a full
            // BenchmarkDotNet run of 200 MB packs would take an hour on a small machine for no better answer.
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("InProcess"));
        }
    }

    /// <summary>Counts what is written; like Kestrel's response body it cannot seek and throws on synchronous writes.</summary>
    private sealed class ResponseLikeStream : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Written += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");
        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
