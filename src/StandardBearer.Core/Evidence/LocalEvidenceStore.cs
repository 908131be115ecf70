using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace StandardBearer.Core.Evidence;

/// <summary>
/// Keeps evidence under <c>StorePath/aa/bb/&lt;sha256&gt;</c>; two folder levels keep any one folder small.
/// </summary>
public sealed class LocalEvidenceStore(IOptions<EvidenceFileOptions> options) : IEvidenceStore
{
    private const int BufferSize = 81920;

    private readonly string root = options.Value.ResolvedStorePath;

    public Task<bool> ExistsAsync(string sha256, CancellationToken ct) => Task.FromResult(File.Exists(PathFor(sha256)));

    public async Task PutAsync(string sha256, string tempPath, CancellationToken ct)
    {
        var path = PathFor(sha256);
        ArgumentException.ThrowIfNullOrEmpty(tempPath);
        if (File.Exists(path))
            return;

        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        // Written beside its final place and then renamed, so a reader never sees half a file.
        var partial = Path.Combine(folder, $".{sha256}.{Guid.CreateVersion7():N}.partial");
        try
        {
            var actual = await CopyAndHashAsync(tempPath, partial, ct);
            // A wrong key would poison every later upload of the same bytes, so check it while copying.
            if (actual != sha256)
                throw new ArgumentException($"The file's SHA-256 is {actual}, not {sha256}.", nameof(sha256));
            try
            {
                File.Move(partial, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another upload of the same bytes got there first: theirs is identical.
            }
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public Task<Stream> OpenReadAsync(string sha256, CancellationToken ct)
    {
        var path = PathFor(sha256);
        try
        {
            return Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous));
        }
        catch (DirectoryNotFoundException e)
        {
            throw new FileNotFoundException($"No evidence file is stored as {sha256}.", path, e);
        }
    }

    private string PathFor(string sha256)
    {
        // The key becomes part of a path: exactly 64 lowercase hex characters can never name a folder or escape one.
        if (!IsSha256(sha256))
            throw new ArgumentException("Expected a SHA-256 as 64 lowercase hexadecimal characters.", nameof(sha256));
        return Path.Combine(root, sha256[..2], sha256[2..4], sha256);
    }

    internal static bool IsSha256(string? value) =>
        value is { Length: 64 } && value.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    private static async Task<string> CopyAndHashAsync(string source, string destination, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous);
            await using var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            int read;
            while ((read = await input.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            await output.FlushAsync(ct);
            output.Flush(flushToDisk: true); // durable before the rename makes it visible
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
