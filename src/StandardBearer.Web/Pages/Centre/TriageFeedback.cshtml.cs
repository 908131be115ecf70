using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Pages.Centre;

/// <summary>The standard owner reads one piece of feedback and sets its status, with a reason (required to decline).</summary>
[AllowRoles(Role.StandardOwner)]
public class TriageFeedbackModel(AppDbContext db, StandardFeedbackService feedback, CurrentUser user) : PageModel
{
    [BindProperty]
    public TriageFeedbackRequest Input { get; set; } = new();

    public FeedbackItem Item { get; private set; } = null!;
    public IReadOnlyList<GovukChoiceItem> Statuses { get; } = FeedbackPages.Statuses();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = new TriageFeedbackRequest { Status = Item.Status, Reason = Item.StatusReason };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.ReplaceBindingError($"{nameof(Input)}.{nameof(Input.Status)}", "Select a status");
        if (!ModelState.IsValid) return Page();
        try
        {
            await feedback.TriageAsync(id, Input, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect("/centre/feedback?saved=true");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await StandardFeedbackQueries.FindAsync(db, id, ct) is not { } item) return false;
        Item = item;
        return true;
    }
}
