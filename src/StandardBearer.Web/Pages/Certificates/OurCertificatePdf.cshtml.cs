using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Certificates;

/// <summary>The certificate document for the organisation that holds it.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class OurCertificatePdfModel(AppDbContext db, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid certificateId, CancellationToken ct)
    {
        var today = Dates.Today(time);
        if (await CertificatePages.AtOrganisationAsync(db, organisationId, certificateId, today, ct) is not { } details) return NotFound();
        return File(CertificatePages.Pdf(details, Request, today), CertificatePages.PdfContentType, CertificatePages.PdfFileName(details));
    }
}
