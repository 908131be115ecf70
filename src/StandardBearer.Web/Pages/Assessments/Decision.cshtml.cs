using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>An element the decision puts on the organisation's action plan, with the assessor's reason.</summary>
public sealed record ActionPlanElement(string Number, string Title, string RatingName, string? Comment);

/// <summary>What recording the decision now would give: the same rule over the same ratings as <see cref="AssessmentService.DecideAsync"/>.</summary>
public sealed record DecisionPreview(
    Outcome Outcome, IReadOnlyList<string> Reasons, IReadOnlyList<ActionPlanElement> ActionPlan, int CarriedForward, IReadOnlyList<string> Unrated)
{
    public static async Task<DecisionPreview> ForAsync(AppDbContext db, AssessmentAccess access, Guid versionId, CancellationToken ct)
    {
        var elements = await db.Set<AssessmentElement>().Where(e => e.AssessmentId == access.AssessmentId)
            .Select(e => new { e.ElementNumber, e.InScope, e.FinalRatingKey, e.FinalComment }).ToListAsync(ct);
        var unrated = elements.Where(e => e.InScope && e.FinalRatingKey is null).Select(e => e.ElementNumber).Order(ElementNumberComparer.Instance).ToList();
        var scale = await StandardCatalogue.ScaleAsync(db, versionId, ct);
        var result = AssessmentOutcome.Compute(scale,
            elements.Where(e => e.InScope && e.FinalRatingKey is not null).ToDictionary(e => e.ElementNumber, e => e.FinalRatingKey!),
            elements.Where(e => !e.InScope && e.FinalRatingKey is not null).ToDictionary(e => e.ElementNumber, e => e.FinalRatingKey!));
        var titles = await db.Elements.Where(e => e.StandardVersionId == versionId).ToDictionaryAsync(e => e.Number, e => e.Title, ct);
        var actionPlan = result.Outcome.ActionPlanElements
            .Select(n => elements.Single(e => e.ElementNumber == n))
            .Select(e => new ActionPlanElement(e.ElementNumber, titles.GetValueOrDefault(e.ElementNumber) ?? "", scale.Find(e.FinalRatingKey!)?.Name ?? e.FinalRatingKey!, e.FinalComment))
            .ToList();
        return new DecisionPreview(result.Outcome, AssessmentService.Reasons(scale, result.Outcome), actionPlan, result.CarriedForwardElements.Count, unrated);
    }
}

/// <summary>
/// Four eyes: an admin of the body who did not assess the organisation records the decision. Everyone else gets 403
/// here, and the service refuses them too, whatever a page shows.
/// </summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class DecisionModel(AppDbContext db, AssessmentService assessments, CurrentUser user) : PageModel
{
    [BindProperty]
    public RecordDecisionRequest Input { get; set; } = new();

    public KeyInformation Info { get; private set; } = null!;
    public DecisionPreview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, CancellationToken ct) =>
        await LoadAsync(bodyId, assessmentId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (await LoadAsync(bodyId, assessmentId, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        return await this.WriteAsync(nameof(Input), () => assessments.DecideAsync(bodyId, assessmentId, Input, user.Actor, ct),
            () => Redirect($"{AssessmentPages.BodyPath(bodyId, assessmentId)}?done=decided"));
    }

    private async Task<IActionResult?> LoadAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        if (!access.CanDecide) return StatusCode(StatusCodes.Status403Forbidden);
        Info = await AssessmentKeyInformation.ForAsync(db, access, ct);
        if (Info.Status == AssessmentStatus.ReportReleased)
            Preview = await DecisionPreview.ForAsync(db, access, Info.StandardVersionId, ct);
        return null;
    }
}
