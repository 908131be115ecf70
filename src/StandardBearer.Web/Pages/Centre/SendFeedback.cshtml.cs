using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Pages.Centre;

/// <summary>Any signed-in user, in any role, sends the standard's owner feedback on one element.</summary>
[AllowRoles]
public class SendFeedbackModel(AppDbContext db, StandardFeedbackService feedback, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Version { get; set; }

    [BindProperty]
    public SendFeedbackRequest Input { get; set; } = new();

    public FeedbackElement Element { get; private set; } = null!;
    public IReadOnlyList<GovukChoiceItem> Kinds { get; } = FeedbackPages.Kinds();

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct) =>
        await LoadAsync(number, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct)) return NotFound();
        ModelState.ReplaceBindingError($"{nameof(Input)}.{nameof(Input.Kind)}", "Select what kind of feedback this is");
        if (!ModelState.IsValid) return Page();
        try
        {
            await feedback.SendAsync(number, Input with { Version = Element.VersionLabel }, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"{MyFeedbackModel.PagePath}?sent=true");
    }

    private async Task<bool> LoadAsync(string number, CancellationToken ct)
    {
        if (await FeedbackPages.ElementAsync(db, number, Version, ct) is not { } element) return false;
        Element = element;
        return true;
    }
}
