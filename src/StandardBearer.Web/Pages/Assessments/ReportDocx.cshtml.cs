using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>The report as a Word document, body side: the same access as the report page, once every element in scope is rated.</summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class ReportDocxModel(AppDbContext db, CurrentUser user, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        var report = await AssessmentReport.LoadAsync(db, access, ct);
        if (!report.IsReady) throw new ConflictException("The report is ready once every element in scope has a final rating.");
        return AssessmentReportDocx.Result(report, time);
    }
}
