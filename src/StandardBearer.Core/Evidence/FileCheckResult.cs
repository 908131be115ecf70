using System.Diagnostics.CodeAnalysis;
using StandardBearer.Core.Common;

namespace StandardBearer.Core.Evidence;

/// <summary>
/// The outcome of <see cref="EvidenceFileCheck.CheckAsync"/>. A success owns a temporary copy of the upload:
/// hand <see cref="TempPath"/> to an <see cref="IEvidenceStore"/>, then dispose, which deletes the temporary
/// file if it is still there (a store copies it; a caller may move it away instead).
/// </summary>
public sealed class FileCheckResult : IAsyncDisposable
{
    /// <summary>The form field the message belongs against.</summary>
    public const string Field = "File";

    private FileCheckResult(string? error, string? tempPath, string? sha256, long length, DetectedFileType? type, string? safeName)
    {
        Error = error;
        TempPath = tempPath;
        Sha256 = sha256;
        Length = length;
        Type = type;
        SafeName = safeName;
    }

    [MemberNotNullWhen(true, nameof(TempPath), nameof(Sha256), nameof(Type), nameof(SafeName))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public string? Error { get; }

    public string? TempPath { get; }

    /// <summary>Lowercase hex SHA-256 of the content.</summary>
    public string? Sha256 { get; }

    public long Length { get; }

    public DetectedFileType? Type { get; }

    /// <summary>The declared name, sanitised and given the detected type's extension.</summary>
    public string? SafeName { get; }

    internal static FileCheckResult Success(string tempPath, string sha256, long length, DetectedFileType type, string safeName) =>
        new(null, tempPath, sha256, length, type, safeName);

    internal static FileCheckResult Failure(string error) => new(error, null, null, 0, null, null);

    /// <summary>For services: turns a failure into the validation exception pages and the API already map.</summary>
    public void ThrowIfFailed()
    {
        if (!Succeeded)
            throw new DomainValidationException(Field, Error);
    }

    public ValueTask DisposeAsync()
    {
        if (TempPath is not null)
            File.Delete(TempPath); // no error when it has already gone
        return ValueTask.CompletedTask;
    }
}
