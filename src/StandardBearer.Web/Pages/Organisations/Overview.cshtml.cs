using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Organisations;

[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class OverviewModel(AppDbContext db, CurrentUser user) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public bool IsAdmin { get; private set; }
    public bool Updated { get; private set; }

    /// <summary>How long the organisation has held the standard, if it holds it today.</summary>
    public Holding? Holding { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, bool updated, CancellationToken ct)
    {
        Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, ct);
        IsAdmin = (await user.MembershipsAsync(ct)).Any(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin);
        Updated = updated;
        Holding = (await CertificateQueries.HoldingsAsync(db, [organisationId], Dates.ToDate(db.Time.GetUtcNow()), ct)).GetValueOrDefault(organisationId);
        return Page();
    }
}
