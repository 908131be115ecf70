using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>The report as a Word document, organisation side: 404 until the report is released, like the page.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class OrganisationReportDocxModel(AppDbContext db, CurrentUser user, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtOrganisationAsync(db, user, organisationId, assessmentId, ct) is not { CanSeeAssessorWork: true } access) return NotFound();
        return AssessmentReportDocx.Result(await AssessmentReport.LoadAsync(db, access, ct), time);
    }
}
