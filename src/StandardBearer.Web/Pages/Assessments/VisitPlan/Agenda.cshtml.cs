using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments.VisitPlan;

/// <summary>The body's download of the visit agenda as DOCX.</summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class AgendaModel(AppDbContext db, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        return VisitPlanPages.AgendaFile(this, await VisitPlanQueries.ForAsync(db, access, ct));
    }
}
