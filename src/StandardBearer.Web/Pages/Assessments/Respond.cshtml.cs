using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

public sealed record RespondInput
{
    [Required(ErrorMessage = "Select whether to accept or decline the application")]
    public string? Answer { get; init; }

    /// <summary>Only for a decline; the service requires it then. Named as the service's request names it, so its errors land here.</summary>
    public string? Reason { get; init; }
}

/// <summary>A body admin accepts or declines a new application, giving the organisation a reason for a decline.</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class RespondModel(AppDbContext db, AssessmentService assessments, CurrentUser user) : PageModel
{
    public const string Accept = "Accept";
    public const string Decline = "Decline";

    [BindProperty]
    public RespondInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> AnswerItems { get; } = [new(Accept, Accept), new(Decline, Decline)];

    public KeyInformation Info { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, CancellationToken ct) =>
        await LoadAsync(bodyId, assessmentId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, ct)) return NotFound();
        if (Input.Answer is not (null or Accept or Decline))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(RespondInput.Answer)}", "Select whether to accept or decline the application");
        if (!ModelState.IsValid) return Page();
        return await this.WriteAsync(nameof(Input), async () =>
        {
            if (Input.Answer == Accept)
                await assessments.AcceptAsync(bodyId, assessmentId, user.Actor, ct);
            else
                await assessments.DeclineAsync(bodyId, assessmentId, new DeclineAssessmentRequest { Reason = Input.Reason ?? "" }, user.Actor, ct);
        }, () => Redirect($"{AssessmentPages.BodyPath(bodyId, assessmentId)}?done={(Input.Answer == Accept ? "accepted" : "declined")}"));
    }

    private async Task<bool> LoadAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return false;
        Info = await AssessmentKeyInformation.ForAsync(db, access, ct);
        return true;
    }
}
