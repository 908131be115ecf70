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

public static class VisitPlanPages
{
    /// <summary>The service's rule, so the pages offer only what it will take: the assigned assessors, before the rating is done.</summary>
    public static bool CanChange(AssessmentAccess access) => access.IsAssessor && access.Status is AssessmentStatus.DesktopReview or AssessmentStatus.OnSite;

    public static bool CanRecordNotes(AssessmentAccess access) =>
        access.IsAssessor && access.Status is AssessmentStatus.DesktopReview or AssessmentStatus.OnSite or AssessmentStatus.Rated;

    /// <summary>The agenda as a DOCX attachment, the same for both sides.</summary>
    public static FileContentResult AgendaFile(PageModel page, VisitPlanView plan)
    {
        using var buffer = new MemoryStream();
        VisitAgendaDocx.Write(plan, buffer);
        page.Response.Headers.CacheControl = "private, no-store";
        return new FileContentResult(buffer.ToArray(), VisitAgendaDocx.MediaType) { FileDownloadName = "visit-agenda.docx" };
    }
}
