using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Certificates;

/// <summary>The organisation's certificate as its body keeps it: status, cycle, review plan and history. Read only.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class OurCertificateModel(AppDbContext db, TimeProvider time) : PageModel
{
    public CertificateDetails Details { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid certificateId, CancellationToken ct)
    {
        Today = Dates.Today(time);
        if (await CertificatePages.AtOrganisationAsync(db, organisationId, certificateId, Today, ct) is not { } details) return NotFound();
        Details = details;
        return Page();
    }
}
