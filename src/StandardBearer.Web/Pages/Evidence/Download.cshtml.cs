using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Evidence;

/// <summary>
/// Streams one evidence file, always as an attachment under its sanitised name (never shown inline, so an
/// uploaded file can never run as part of this site); X-Content-Type-Options: nosniff is on every response.
/// </summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class DownloadModel(AppDbContext db, IEvidenceStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid fileId, CancellationToken ct)
    {
        if (await EvidenceDownloads.OpenAsync(db, store, organisationId, fileId, ct) is not { } download) return NotFound();
        // Evidence is the organisation's own business: not for shared caches, nor kept on the device after use.
        Response.Headers.CacheControl = "private, no-store";
        return File(download.Content, download.MediaType, download.FileName);
    }

    // A page would otherwise answer a POST by rendering its (empty) view.
    public IActionResult OnPost()
    {
        Response.Headers.Allow = HttpMethods.Get;
        return StatusCode(StatusCodes.Status405MethodNotAllowed);
    }
}
