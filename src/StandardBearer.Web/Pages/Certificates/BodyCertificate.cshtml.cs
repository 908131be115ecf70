using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Certificates;

/// <summary>One of the body's certificates, with what its admins can do to it.</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class BodyCertificateModel(AppDbContext db, TimeProvider time) : PageModel
{
    public CertificateDetails Details { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    /// <summary>Which change just succeeded, for the banner: status, plan or register.</summary>
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid certificateId, string? saved, CancellationToken ct)
    {
        Today = Dates.Today(time);
        if (await CertificatePages.AtBodyAsync(db, bodyId, certificateId, Today, ct) is not { } details) return NotFound();
        Details = details;
        Saved = saved is "status" or "plan" or "register" ? saved : null;
        return Page();
    }
}
