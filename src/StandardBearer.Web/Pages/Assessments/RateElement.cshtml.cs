using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// The final rating of one element, with the organisation's self-assessment and the desktop review beside it for
/// context. Saving goes on to the next element still to rate, so an assessor can work through the list.
/// </summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class RateElementModel(AppDbContext db, AssessmentService service, CurrentUser user) : PageModel
{
    [BindProperty]
    public RateElementRequest Input { get; set; } = new();

    public KeyInformation Key { get; private set; } = null!;
    public AssessmentElementView Element { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public string Statement { get; private set; } = "";
    public IReadOnlyList<SelectListItem> RatingItems { get; private set; } = [];
    public string CommentHint { get; private set; } = "";
    public string? SelfRatingName { get; private set; }
    public string? ProvisionalRatingName { get; private set; }
    public string? CarriedForwardRatingName { get; private set; }

    /// <summary>Why this user cannot rate this element now (not assigned, wrong stage, carried forward), or null.</summary>
    public string? CannotRate { get; private set; }
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, string number, string? saved, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, number, ct)) return NotFound();
        Input = new RateElementRequest { RatingKey = Element.FinalRatingKey ?? "", Comment = Element.FinalComment };
        Saved = saved is { Length: > 0 } && saved != number && saved.Length <= 20 ? saved : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid assessmentId, string number, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, number, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            await service.RateElementAsync(bodyId, assessmentId, number, Input, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        // On to the next element still to rate after this one, then any left before it, then back to the list.
        var unrated = await db.Set<AssessmentElement>().Where(e => e.AssessmentId == assessmentId && e.InScope && e.FinalRatingKey == null)
            .OrderBy(e => e.Order).Select(e => new { e.ElementNumber, e.Order }).ToListAsync(ct);
        var next = unrated.FirstOrDefault(e => e.Order > Element.Order) ?? unrated.FirstOrDefault();
        var ratings = $"{AssessmentPages.BodyPath(bodyId, assessmentId)}/ratings";
        return Redirect(next is null ? $"{ratings}?saved={Uri.EscapeDataString(number)}" : $"{ratings}/{Uri.EscapeDataString(next.ElementNumber)}?saved={Uri.EscapeDataString(number)}");
    }

    private async Task<bool> LoadAsync(Guid bodyId, Guid assessmentId, string number, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return false;
        var element = (await AssessmentQueries.ElementsAsync(db, access, ct)).FirstOrDefault(e => e.Number == number);
        if (element is null) return false;
        Key = await AssessmentKeyInformation.ForAsync(db, access, ct);
        var text = await db.Elements.Where(e => e.StandardVersionId == Key.StandardVersionId && e.Number == number)
            .Select(e => new { e.Title, e.Statement }).SingleOrDefaultAsync(ct);
        Element = element;
        Title = text?.Title ?? "";
        Statement = text?.Statement ?? "";

        var scale = await StandardCatalogue.ScaleAsync(db, Key.StandardVersionId, ct);
        string? Name(string? key) => key is null ? null : scale.Find(key)?.Name ?? key;
        SelfRatingName = Name(element.SelfRatingKey);
        ProvisionalRatingName = Name(element.ProvisionalRatingKey);
        RatingItems = scale.Ratings.Select(r => new GovukChoiceItem
        {
            Text = r.Name, Value = r.Key,
            Hint = RatingComments.For(scale, r) switch
            {
                CommentRequirement.WhatMakesItExemplary => "Comment on what makes this element exemplary",
                CommentRequirement.WhatIsMissing => "Comment on what is missing",
                _ => null,
            },
        }).ToList();
        var exemplary = scale.Ratings.Where(r => RatingComments.For(scale, r) == CommentRequirement.WhatMakesItExemplary).Select(r => r.Name).ToList();
        var missing = scale.Ratings.Where(r => RatingComments.For(scale, r) == CommentRequirement.WhatIsMissing).Select(r => r.Name).ToList();
        CommentHint = string.Join(" ", new[]
        {
            exemplary.Count == 0 ? null : $"Required for {string.Join(" and ", exemplary)}: say what makes this element exemplary.",
            missing.Count == 0 ? null : $"Required for {string.Join(" and ", missing)}: say what is missing.",
        }.OfType<string>());

        if (!element.InScope)
        {
            CarriedForwardRatingName = Name(element.FinalRatingKey) ?? "no rating";
            CannotRate = $"Element {number} is not in the scope of this annual review: its rating carries forward.";
        }
        else
        {
            CannotRate = RatingPages.CannotRateReason(access);
        }
        return true;
    }
}
