using System.ComponentModel.DataAnnotations;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Evidence;

public sealed class EvidenceFileOptions
{
    public const string Section = "Evidence";

    public const long DefaultMaxFileBytes = 25L * 1024 * 1024;

    // The typed form of Range: the int form converts with Convert.ToInt32 and throws (not fails) on large values.
    [Range(typeof(long), "1", "1073741824")]
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>Folder for stored evidence; a relative path resolves against <see cref="DataRoot.Directory"/>.</summary>
    [Required]
    public string StorePath { get; set; } = "data/evidence";

    public string ResolvedStorePath => Path.GetFullPath(Path.Combine(DataRoot.Directory, StorePath));

    /// <summary>
    /// Uploads land here while they are checked: on the store's volume rather than /tmp, which is often a
    /// RAM-backed tmpfs, and so that a local store can copy without crossing file systems.
    /// </summary>
    public string IncomingPath => Path.Combine(ResolvedStorePath, "incoming");
}
