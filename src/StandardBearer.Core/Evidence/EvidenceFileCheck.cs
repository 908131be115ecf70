using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;

namespace StandardBearer.Core.Evidence;

/// <summary>
/// Checks an upload before anything records it: copies it to a temporary file (never all in memory), hashing
/// and counting on the way, stops as soon as it is too large, then decides its type from the bytes.
/// </summary>
public static class EvidenceFileCheck
{
    public const string SelectAFile = "Select a file";
    public const string FileIsEmpty = "The selected file is empty";
    public const string WrongType =
        "The selected file must be a PDF, Word document, Excel spreadsheet, PowerPoint presentation, OpenDocument text or spreadsheet, CSV, text file, PNG or JPEG";

    public const string NameIsPath = "The selected file name must not include folders or a drive letter";

    private const int BufferSize = 81920;
    private const long Megabyte = 1024 * 1024;

    public static string TooLarge(long maxFileBytes) => $"The selected file must be smaller than {FormatSize(maxFileBytes)}";

    public static async Task<FileCheckResult> CheckAsync(
        Stream content, string? fileName, long? declaredLength, EvidenceFileOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (content is null || string.IsNullOrWhiteSpace(fileName))
            return FileCheckResult.Failure(SelectAFile);
        if (FileNames.LooksLikePath(fileName))
            return FileCheckResult.Failure(NameIsPath);
        // An honest client's length lets us refuse early; a dishonest one is caught while copying.
        if (declaredLength > options.MaxFileBytes)
            return FileCheckResult.Failure(TooLarge(options.MaxFileBytes));

        Directory.CreateDirectory(options.IncomingPath);
        var tempPath = Path.Combine(options.IncomingPath, $"{Guid.CreateVersion7():N}.upload");
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            string? error = null;
            FileCheckResult? result = null;
            await using (var temp = new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                long length = 0;
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
                {
                    length += read;
                    if (length > options.MaxFileBytes)
                    {
                        error = TooLarge(options.MaxFileBytes);
                        break;
                    }
                    hash.AppendData(buffer, 0, read);
                    await temp.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                if (error is null && length == 0)
                    error = FileIsEmpty;
                if (error is null)
                {
                    await temp.FlushAsync(ct);
                    var type = FileTypeSniffer.Detect(temp, fileName);
                    if (type is null)
                        error = WrongType;
                    else
                        result = FileCheckResult.Success(
                            tempPath, Convert.ToHexStringLower(hash.GetHashAndReset()), length, type, FileNames.Sanitise(fileName, type.Extension));
                }
            }

            if (result is not null)
                return result;
            File.Delete(tempPath);
            return FileCheckResult.Failure(error!);
        }
        catch
        {
            File.Delete(tempPath); // cancelled or failed: leave nothing behind
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A size as people read it ("25 MB", "1.5 MB", "2 KB", "10 bytes"), for messages and pages alike.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        >= Megabyte when bytes % Megabyte == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes / Megabyte} MB"),
        >= Megabyte => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)Megabyte:0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        1 => "1 byte",
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
