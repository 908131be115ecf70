using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Costs;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Costs;

/// <summary>Records staff time spent in a year (members and admins).</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class NewStaffTimeModel(CostService costs, CurrentUser user) : PageModel
{
    [BindProperty]
    public StaffTimeForm Input { get; set; } = new();

    public Guid OrganisationId { get; private set; }
    public int Year { get; private set; }

    public IActionResult OnGet(Guid organisationId, int year)
    {
        (OrganisationId, Year) = (organisationId, year);
        return costs.IsYear(year) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, int year, CancellationToken ct)
    {
        (OrganisationId, Year) = (organisationId, year);
        if (!costs.IsYear(year)) return NotFound();
        CostForms.ReplaceBindingErrors(ModelState);
        if (!ModelState.IsValid) return Page();
        return await this.WriteAsync(nameof(Input),
            () => costs.AddStaffTimeAsync(organisationId, year, Input.ToRequest(), user.Actor, ct),
            () => Redirect(CostForms.CostsPath(organisationId, year, "staff-added")));
    }
}
