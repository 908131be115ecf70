using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Certificates;

/// <summary>The certificate document for the body that issued it.</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class BodyCertificatePdfModel(AppDbContext db, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid certificateId, CancellationToken ct)
    {
        var today = Dates.Today(time);
        if (await CertificatePages.AtBodyAsync(db, bodyId, certificateId, today, ct) is not { } details) return NotFound();
        return File(CertificatePages.Pdf(details, Request, today), CertificatePages.PdfContentType, CertificatePages.PdfFileName(details));
    }
}
