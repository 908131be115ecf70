using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments.DesktopReview;

/// <summary>One element of the snapshot: what the organisation said and gave, and the assessor's provisional rating and note.</summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class ElementModel(AppDbContext db, AssessmentService service, CurrentUser user, TimeProvider time) : PageModel
{
    [BindProperty]
    public RecordReviewRequest Input { get; set; } = new();

    public KeyInformation Key { get; private set; } = null!;
    public ElementReview Review { get; private set; } = null!;
    public VersionSummary Version { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> RatingItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> ReviewedItems { get; } = [new("Mark as reviewed", "true")];
    public string AssessmentPath { get; private set; } = "";
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>An assigned assessor, while the review can still change; admins and everyone later read only.</summary>
    public bool CanReview { get; private set; }
    public bool CanRequestEvidence { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, string number, bool saved, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, number, ct)) return NotFound();
        var e = Review.Element;
        Input = new RecordReviewRequest { ProvisionalRatingKey = e.ProvisionalRatingKey, Note = e.ReviewNote, Reviewed = e.Reviewed };
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid assessmentId, string number, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, number, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            await service.RecordReviewAsync(bodyId, assessmentId, number, Input, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"{AssessmentPath}/review/{number}?saved=true");
    }

    private async Task<bool> LoadAsync(Guid bodyId, Guid assessmentId, string number, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return false;
        var tree = await ReviewQueries.TreeAsync(db, access, ct);
        if (await ReviewQueries.ElementAsync(db, access, tree, number, ct) is not { } review) return false;
        Review = review;
        Version = tree.Version;
        Key = await AssessmentKeyInformation.ForAsync(db, access, ct);
        AssessmentPath = AssessmentPages.BodyPath(bodyId, assessmentId);
        var inScope = review.Element.InScope;
        CanReview = access.IsAssessor && inScope && access.Status is AssessmentStatus.DesktopReview or AssessmentStatus.OnSite or AssessmentStatus.Rated;
        CanRequestEvidence = access.IsAssessor && inScope && access.Status is AssessmentStatus.DesktopReview or AssessmentStatus.OnSite;
        RatingItems = tree.Ratings.Select(r => new SelectListItem(r.Name, r.Key))
            .Append(new SelectListItem("Not yet", "") { Selected = review.Element.ProvisionalRatingKey is null }).ToList();
        return true;
    }
}
