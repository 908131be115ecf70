namespace StandardBearer.Core.Evidence;

/// <summary>
/// Content-addressed storage for evidence files, keyed by lowercase hex SHA-256: the same bytes are stored once.
/// An interface because a local folder serves now and S3 is planned.
/// </summary>
public interface IEvidenceStore
{
    Task<bool> ExistsAsync(string sha256, CancellationToken ct);

    /// <summary>Stores the file at <paramref name="tempPath"/> under its hash, atomically; does nothing if already stored.</summary>
    Task PutAsync(string sha256, string tempPath, CancellationToken ct);

    /// <exception cref="FileNotFoundException">Nothing is stored under <paramref name="sha256"/>.</exception>
    Task<Stream> OpenReadAsync(string sha256, CancellationToken ct);
}
