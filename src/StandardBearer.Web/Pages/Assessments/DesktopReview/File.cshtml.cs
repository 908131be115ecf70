using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments.DesktopReview;

/// <summary>
/// Streams one file of the assessment's snapshot to the body's side, as an attachment (as the organisation's own
/// download does). Anything not frozen by this assessment is a 404, however the file id was come by.
/// </summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class FileModel(AppDbContext db, IEvidenceStore store, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, Guid fileId, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        if (await SnapshotEvidence.OpenAsync(db, store, access, fileId, ct) is not { } download) return NotFound();
        // The organisation's evidence: not for shared caches, nor kept on the assessor's device after use.
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
