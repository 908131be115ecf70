using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Costs;

/// <summary>Confirms deleting a staff time entry. Only admins delete; members record and change.</summary>
[AllowRoles(Role.OrganisationAdmin)]
public class DeleteStaffTimeModel(AppDbContext db, CostService costs, CurrentUser user) : PageModel
{
    public StaffTimeRow Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid entryId, CancellationToken ct)
    {
        if (await CostQueries.StaffTimeEntryAsync(db, organisationId, entryId, ct) is not { } entry) return NotFound();
        Entry = entry;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid entryId, CancellationToken ct)
    {
        if (await CostQueries.StaffTimeEntryAsync(db, organisationId, entryId, ct) is not { } entry) return NotFound();
        await costs.DeleteStaffTimeAsync(organisationId, entryId, user.Actor, ct);
        return Redirect(CostForms.CostsPath(organisationId, entry.Year, "staff-deleted"));
    }
}
