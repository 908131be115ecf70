using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.BestPractice;

/// <summary>
/// The standard owner reads a case in full and publishes it, asks for changes (with a note) or rejects it (with a
/// reason). Only the moderation its status allows is offered; the service refuses any other that is posted.
/// </summary>
[AllowRoles(Role.StandardOwner)]
public class ModerateCaseModel(AppDbContext db, BestPracticeService cases, CurrentUser user) : PageModel
{
    [BindProperty]
    public RequestCaseChangesRequest Changes { get; set; } = new();

    [BindProperty]
    public RejectCaseRequest Reject { get; set; } = new();

    public CaseDetails Case { get; private set; } = null!;
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid caseId, string? saved, CancellationToken ct)
    {
        if (!await LoadAsync(caseId, ct)) return NotFound();
        Saved = saved;
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(Guid caseId, CancellationToken ct) =>
        ChangeAsync(caseId, "", "published", () => cases.PublishAsync(caseId, user.Actor, ct), ct);

    public Task<IActionResult> OnPostRequestChangesAsync(Guid caseId, CancellationToken ct) =>
        ChangeAsync(caseId, nameof(Changes), "changes-requested", () => cases.RequestChangesAsync(caseId, Changes, user.Actor, ct), ct);

    public Task<IActionResult> OnPostRejectAsync(Guid caseId, CancellationToken ct) =>
        ChangeAsync(caseId, nameof(Reject), "rejected", () => cases.RejectAsync(caseId, Reject, user.Actor, ct), ct);

    private async Task<IActionResult> ChangeAsync(Guid caseId, string prefix, string saved, Func<Task> change, CancellationToken ct)
    {
        if (!await LoadAsync(caseId, ct)) return NotFound();
        // The service checks the posted form: the other forms' empty fields are not errors, and nothing is said twice.
        ModelState.Clear();
        return await this.WriteAsync(prefix, change,
            () => Redirect($"{CasePages.ModerationCasePath(caseId)}?saved={saved}"));
    }

    private async Task<bool> LoadAsync(Guid caseId, CancellationToken ct)
    {
        if (await BestPracticeQueries.ModerationDetailsAsync(db, caseId, ct) is not { } details) return false;
        Case = details;
        return true;
    }
}
