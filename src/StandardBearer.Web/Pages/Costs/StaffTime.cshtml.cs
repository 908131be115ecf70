using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Costs;

/// <summary>Changes a staff time entry; admins go on from here to delete it.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class StaffTimeModel(AppDbContext db, CostService costs, CurrentUser user) : PageModel
{
    [BindProperty]
    public StaffTimeForm Input { get; set; } = new();

    public Guid OrganisationId { get; private set; }
    public StaffTimeRow Entry { get; private set; } = null!;
    public bool IsAdmin { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid entryId, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, entryId, ct)) return NotFound();
        Input = StaffTimeForm.From(Entry);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid entryId, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, entryId, ct)) return NotFound();
        CostForms.ReplaceBindingErrors(ModelState);
        if (!ModelState.IsValid) return Page();
        return await this.WriteAsync(nameof(Input),
            () => costs.UpdateStaffTimeAsync(organisationId, entryId, Input.ToRequest(), user.Actor, ct),
            () => Redirect(CostForms.CostsPath(organisationId, Entry.Year, "staff-saved")));
    }

    private async Task<bool> LoadAsync(Guid organisationId, Guid entryId, CancellationToken ct)
    {
        if (await CostQueries.StaffTimeEntryAsync(db, organisationId, entryId, ct) is not { } entry) return false;
        (OrganisationId, Entry) = (organisationId, entry);
        IsAdmin = (await user.MembershipsAsync(ct)).Any(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin);
        return true;
    }
}
