using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// The report on the body's side: its admins and the assigned assessors, draft or final, with the organisation's
/// factual-accuracy comments. Until every element in scope is rated it says what is still missing instead.
/// </summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class ReportModel(AppDbContext db, CurrentUser user) : PageModel
{
    public AssessmentReport Report { get; private set; } = null!;
    public bool CanRate { get; private set; }
    public bool IsLead { get; private set; }
    public bool Released { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, bool released, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        Report = await AssessmentReport.LoadAsync(db, access, ct);
        CanRate = access.IsAssessor;
        IsLead = access.IsLeadAssessor;
        Released = released;
        return Page();
    }

    /// <summary>The results as a spreadsheet, one row per element; the same access as the page.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        var rows = await AssessmentResultsExport.RowsAsync(db, access, ct);
        var key = await AssessmentKeyInformation.ForAsync(db, access, ct);
        return File(AssessmentResultsExport.ToXlsx(rows), Xlsx.ContentType, AssessmentResultsExport.FileName(key.OrganisationName, db.Time.GetUtcNow()));
    }
}
