using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Costs;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Costs;

/// <summary>Adds a cost to a year: the assessment fee, travel, training and so on (members and admins).</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class NewCostModel(CostService costs, CurrentUser user) : PageModel
{
    [BindProperty]
    public CostItemForm Input { get; set; } = new();

    public Guid OrganisationId { get; private set; }
    public int Year { get; private set; }

    public IActionResult OnGet(Guid organisationId, int year, CostKind? kind)
    {
        (OrganisationId, Year) = (organisationId, year);
        Input = new CostItemForm { Kind = kind is { } k && Enum.IsDefined(k) ? k : null };
        return costs.IsYear(year) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, int year, CancellationToken ct)
    {
        (OrganisationId, Year) = (organisationId, year);
        if (!costs.IsYear(year)) return NotFound();
        CostForms.ReplaceBindingErrors(ModelState);
        if (!ModelState.IsValid) return Page();
        return await this.WriteAsync(nameof(Input),
            () => costs.AddCostItemAsync(organisationId, year, Input.ToRequest(), user.Actor, ct),
            () => Redirect(CostForms.CostsPath(organisationId, year, "cost-added")));
    }
}
