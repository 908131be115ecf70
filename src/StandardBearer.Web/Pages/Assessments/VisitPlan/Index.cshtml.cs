using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments.VisitPlan;

/// <summary>The body's view of the visit plan: the agenda, with the assessors' links to change sessions and record notes.</summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public VisitPlanView Plan { get; private set; } = null!;
    public string AssessmentPath { get; private set; } = "";
    public bool CanChange { get; private set; }

    /// <summary>What just happened, for the success banner: added, changed, removed.</summary>
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, string? done, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        Plan = await VisitPlanQueries.ForAsync(db, access, ct);
        AssessmentPath = AssessmentPages.BodyPath(bodyId, assessmentId);
        CanChange = VisitPlanPages.CanChange(access);
        Done = done is "added" or "changed" or "removed" ? done : null;
        return Page();
    }
}
