using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments.VisitPlan;

/// <summary>The organisation's read-only view of the visit plan. Session notes appear only once the report is released.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class OrganisationVisitModel(AppDbContext db, CurrentUser user) : PageModel
{
    public VisitPlanView Plan { get; private set; } = null!;
    public string AssessmentPath { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtOrganisationAsync(db, user, organisationId, assessmentId, ct) is not { } access) return NotFound();
        Plan = await VisitPlanQueries.ForAsync(db, access, ct);
        AssessmentPath = AssessmentPages.OrganisationPath(organisationId, assessmentId);
        return Page();
    }
}
