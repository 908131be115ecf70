using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments.VisitPlan;

/// <summary>The organisation's download of the same agenda document.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class OrganisationAgendaModel(AppDbContext db, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtOrganisationAsync(db, user, organisationId, assessmentId, ct) is not { } access) return NotFound();
        return VisitPlanPages.AgendaFile(this, await VisitPlanQueries.ForAsync(db, access, ct));
    }
}
