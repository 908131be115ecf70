using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

public sealed record RatingRow(
    string Number, string Title, bool InScope, bool CarriedForward, string? SelfRatingName, string? ProvisionalRatingName,
    string? FinalRatingName, string FinalRatingColour, string? FinalComment);

public sealed record RatingSubCriterion(string Number, string Title, IReadOnlyList<RatingRow> Rows);

public sealed record RatingCriterion(string Number, string Title, IReadOnlyList<RatingSubCriterion> SubCriteria);

/// <summary>
/// Every element of the snapshot with the organisation's self-rating, the assessor's provisional and final ratings,
/// grouped as the standard is. The assigned assessors rate from here; an annual review's carried-forward elements
/// show the rating they keep and cannot be rated.
/// </summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class RatingsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public KeyInformation Key { get; private set; } = null!;
    public IReadOnlyList<RatingCriterion> Criteria { get; private set; } = [];
    public ReviewProgress Progress { get; private set; } = null!;
    public AssessmentAccess Access { get; private set; } = null!;
    public bool CanRate => RatingPages.CannotRateReason(Access) is null;
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, string? saved, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        Key = await AssessmentKeyInformation.ForAsync(db, access, ct);
        Progress = await AssessmentQueries.ProgressAsync(db, access, ct);
        Access = access;
        var tree = await StandardCatalogue.TreeAsync(db, await StandardCatalogue.ByIdAsync(db, Key.StandardVersionId, ct), ct);
        var scale = new RatingScale(tree.Ratings, tree.MinimumCompliantShare);
        var elements = (await AssessmentQueries.ElementsAsync(db, access, ct)).ToDictionary(e => e.Number, StringComparer.Ordinal);
        string? Name(string? key) => key is null ? null : scale.Find(key)?.Name ?? key;
        Criteria = tree.Criteria.Select(c => new RatingCriterion(c.Number, c.Title, c.SubCriteria.Select(s => new RatingSubCriterion(s.Number, s.Title,
            s.Elements.Where(e => elements.ContainsKey(e.Number)).Select(e =>
            {
                var row = elements[e.Number];
                var final = row.FinalRatingKey is null ? null : scale.Find(row.FinalRatingKey);
                return new RatingRow(e.Number, e.Title, row.InScope, row.CarriedForward, Name(row.SelfRatingKey), Name(row.ProvisionalRatingKey),
                    final?.Name, RatingTags.Colour(scale, final), row.FinalComment);
            }).ToList())).Where(s => s.Rows.Count > 0).ToList())).ToList();
        Saved = saved is not null && elements.ContainsKey(saved) ? saved : null;
        return Page();
    }
}

public static class RatingPages
{
    /// <summary>
    /// Why this user cannot rate now, or null if they can: the assigned assessors rate, from the desktop review until
    /// the decision. The service enforces the same; this only keeps pages from offering what it would refuse.
    /// </summary>
    public static string? CannotRateReason(AssessmentAccess access) =>
        !access.IsAssessor ? "Only the assessors assigned to this assessment can rate its elements."
        : access.Status is AssessmentStatus.DesktopReview or AssessmentStatus.OnSite or AssessmentStatus.Rated or AssessmentStatus.ReportReleased ? null
        : access.Status == AssessmentStatus.Decided ? "The decision has been made, so the ratings can no longer change."
        : $"Elements cannot be rated while the assessment is at the stage '{AssessmentNames.Display(access.Status)}'.";
}
