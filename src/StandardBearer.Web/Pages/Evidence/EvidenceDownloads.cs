using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;

namespace StandardBearer.Web.Pages.Evidence;

/// <summary>An evidence file opened for download: always served as an attachment under its sanitised name and detected type.</summary>
public sealed record EvidenceDownload(Stream Content, string FileName, string MediaType);

/// <summary>The one way pages and the API open an evidence file, so both apply the same tenant check.</summary>
public static class EvidenceDownloads
{
    /// <summary>Null when the file is not this organisation's (or does not exist), or its bytes are missing from the store.</summary>
    public static async Task<EvidenceDownload?> OpenAsync(AppDbContext db, IEvidenceStore store, Guid organisationId, Guid fileId, CancellationToken ct)
    {
        var file = await db.Set<EvidenceFile>().Where(f => f.Id == fileId && f.OrganisationId == organisationId)
            .Select(f => new { f.Sha256, f.FileName, f.MediaType }).SingleOrDefaultAsync(ct);
        if (file is null) return null;
        try
        {
            return new EvidenceDownload(await store.OpenReadAsync(file.Sha256, ct), file.FileName, file.MediaType);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
