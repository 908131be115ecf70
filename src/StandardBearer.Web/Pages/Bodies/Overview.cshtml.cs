using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Bodies;

[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class OverviewModel(AppDbContext db, CurrentUser user) : PageModel
{
    public CertificationBody Body { get; private set; } = null!;
    public bool IsAdmin { get; private set; }
    public bool Updated { get; private set; }

    public async Task OnGetAsync(Guid bodyId, bool updated, CancellationToken ct)
    {
        Body = await db.CertificationBodies.AsNoTracking().SingleAsync(b => b.Id == bodyId, ct);
        IsAdmin = (await user.MembershipsAsync(ct)).Any(m => m.CertificationBodyId == bodyId && m.Role == Role.CertificationBodyAdmin);
        Updated = updated;
    }
}
