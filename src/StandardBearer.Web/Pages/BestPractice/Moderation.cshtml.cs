using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.BestPractice;

/// <summary>
/// The standard owner's queue: cases awaiting moderation first, then the others by status. Only cases an
/// organisation consented to are here (a cross-tenant read, <see cref="BestPracticeQueries.ForModeration"/>).
/// </summary>
[AllowRoles(Role.StandardOwner)]
public class ModerationModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];
    public IReadOnlyList<SelectListItem> StatusItems { get; private set; } = [];
    public CaseStatus? Status { get; private set; }

    /// <summary><paramref name="status"/> filters by one of the statuses the owner sees; anything else shows them all.</summary>
    public async Task OnGetAsync(string? status, CancellationToken ct)
    {
        Status = BestPracticeQueries.ModerationStatuses.Cast<CaseStatus?>().FirstOrDefault(s => string.Equals(s.ToString(), status, StringComparison.OrdinalIgnoreCase));
        StatusItems = BestPracticeQueries.ModerationStatuses
            .Select(s => new SelectListItem(CaseNames.Display(s), s.ToString(), s == Status))
            .Prepend(new SelectListItem("All statuses", "", Status is null)).ToList();
        Cases = await BestPracticeQueries.ModerationListAsync(db, Status, ct);
    }
}
