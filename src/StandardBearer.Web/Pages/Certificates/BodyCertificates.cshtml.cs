using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Certificates;

/// <summary>The body's certificates, with overdue annual reviews first so the admin can follow them up or suspend.</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class BodyCertificatesModel(AppDbContext db, TimeProvider time) : PageModel
{
    public string BodyName { get; private set; } = "";
    public IReadOnlyList<BodyCertificateRow> Rows { get; private set; } = [];
    public IReadOnlyList<SelectListItem> StatusItems { get; private set; } = [];
    public bool Filtered { get; private set; }

    /// <summary><paramref name="status"/> filters by the status as of today; an unknown value shows everything.</summary>
    public async Task OnGetAsync(Guid bodyId, string? status, CancellationToken ct)
    {
        BodyName = await db.CertificationBodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(ct);
        CertificateStatus? chosen = Enum.TryParse<CertificateStatus>(status, out var s) && Enum.IsDefined(s) && !int.TryParse(status, out _) ? s : null;
        Filtered = chosen is not null;
        StatusItems = Enum.GetValues<CertificateStatus>()
            .Select(x => new SelectListItem(x.ToString(), x.ToString(), x == chosen))
            .Prepend(new SelectListItem("All statuses", "", chosen is null)).ToList();
        Rows = await CertificatePages.ListAsync(db, bodyId, Dates.Today(time), chosen, ct);
    }
}
