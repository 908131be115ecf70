using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Assessments;

namespace StandardBearer.Web.Pages.Assessments.VisitPlan;

/// <summary>What the visit plan pages share: who may change what, and the agenda download.</summary>
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
        return new FileContentResult(buffer.ToArray(), Docx.ContentType) { FileDownloadName = "visit-agenda.docx" };
    }
}
