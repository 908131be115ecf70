using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// The body's page for one assessment: its key information, how far the review has got, and the next things this
/// user can do at this stage. Admins run the application and the decision; the assigned assessors do the assessing.
/// </summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class BodyAssessmentModel(AppDbContext db, CurrentUser user) : PageModel
{
    public AssessmentAccess Access { get; private set; } = null!;
    public KeyInformation Info { get; private set; } = null!;
    public ReviewProgress? Progress { get; private set; }
    public int OpenRequests { get; private set; }
    public int Sessions { get; private set; }
    public bool SummaryWritten { get; private set; }
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, string? done, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        Access = access;
        Info = await AssessmentKeyInformation.ForAsync(db, access, ct);
        if (IsUnderway(Info.Status))
        {
            Progress = await AssessmentQueries.ProgressAsync(db, access, ct);
            OpenRequests = await db.Set<EvidenceRequest>().CountAsync(r => r.AssessmentId == assessmentId && r.Status == EvidenceRequestStatus.Open, ct);
            Sessions = await db.Set<VisitSession>().CountAsync(s => s.AssessmentId == assessmentId, ct);
            SummaryWritten = await db.Set<Assessment>().AnyAsync(a => a.Id == assessmentId && a.Strengths != null, ct);
        }
        Done = done switch
        {
            "accepted" => "Application accepted",
            "declined" => "Application declined",
            "assigned" => "Assessors assigned",
            "dates" => "Dates agreed",
            "decided" => "Decision recorded",
            _ => null,
        };
        return Page();
    }

    /// <summary>From the assignment on, the assessors have work to show.</summary>
    public static bool IsUnderway(AssessmentStatus status) => status is not (AssessmentStatus.Applied or AssessmentStatus.Declined or AssessmentStatus.Accepted);

    public bool CanAssign => Access.IsBodyAdmin && Info.Status is AssessmentStatus.Accepted or AssessmentStatus.DesktopReview or AssessmentStatus.OnSite;

    public bool CanAgreeDates => (Access.IsBodyAdmin || Access.IsLeadAssessor)
        && Info.Status is AssessmentStatus.Accepted or AssessmentStatus.DesktopReview or AssessmentStatus.OnSite or AssessmentStatus.Rated;

    public bool HasReport => Info.Status is AssessmentStatus.Rated or AssessmentStatus.ReportReleased or AssessmentStatus.Decided;
}
