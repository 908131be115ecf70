using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// The dates as the page asks for them. Named as <see cref="AgreeDatesRequest"/> names them, so the service's errors
/// land on these fields; the display names give the date inputs' own messages ("… must be a real date").
/// </summary>
public sealed record DatesInput
{
    [Display(Name = "The document review date")]
    [Required(ErrorMessage = "Enter the date of the document review")]
    public DateOnly? DocumentReviewOn { get; init; }

    [Display(Name = "The first day of the visit")]
    [Required(ErrorMessage = "Enter the first day of the visit")]
    public DateOnly? VisitStartsOn { get; init; }

    [Display(Name = "The last day of the visit")]
    [Required(ErrorMessage = "Enter the last day of the visit")]
    public DateOnly? VisitEndsOn { get; init; }
}

/// <summary>A body admin or the lead assessor records the dates agreed with the organisation.</summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class DatesModel(AppDbContext db, AssessmentService assessments, CurrentUser user) : PageModel
{
    [BindProperty]
    public DatesInput Input { get; set; } = new();

    public KeyInformation Info { get; private set; } = null!;

    public bool CanAgree => Info.Status is AssessmentStatus.Accepted or AssessmentStatus.DesktopReview or AssessmentStatus.OnSite or AssessmentStatus.Rated;

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (await LoadAsync(bodyId, assessmentId, ct) is { } refused) return refused;
        Input = new DatesInput { DocumentReviewOn = Info.DocumentReviewOn, VisitStartsOn = Info.VisitStartsOn, VisitEndsOn = Info.VisitEndsOn };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (await LoadAsync(bodyId, assessmentId, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        return await this.WriteAsync(nameof(Input), async () =>
        {
            await assessments.AgreeDatesAsync(bodyId, assessmentId, new AgreeDatesRequest
            {
                DocumentReviewOn = Input.DocumentReviewOn, VisitStartsOn = Input.VisitStartsOn, VisitEndsOn = Input.VisitEndsOn,
            }, user.Actor, ct);
        }, () => Redirect($"{AssessmentPages.BodyPath(bodyId, assessmentId)}?done=dates"));
    }

    /// <summary>Null when the user may agree the dates; otherwise 404 (cannot see the assessment) or 403 (a team member who is not the lead).</summary>
    private async Task<IActionResult?> LoadAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        if (!access.IsBodyAdmin && !access.IsLeadAssessor) return StatusCode(StatusCodes.Status403Forbidden);
        Info = await AssessmentKeyInformation.ForAsync(db, access, ct);
        return null;
    }
}
