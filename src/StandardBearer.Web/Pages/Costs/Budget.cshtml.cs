using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Costs;

/// <summary>Sets or changes a year's budget (admins).</summary>
[AllowRoles(Role.OrganisationAdmin)]
public class BudgetModel(AppDbContext db, CostService costs, CurrentUser user) : PageModel
{
    [BindProperty]
    public BudgetForm Input { get; set; } = new();

    public Guid OrganisationId { get; private set; }
    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, int year, CancellationToken ct)
    {
        (OrganisationId, Year) = (organisationId, year);
        if (!costs.IsYear(year)) return NotFound();
        Input = BudgetForm.From(await CostQueries.BudgetAsync(db, organisationId, year, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, int year, CancellationToken ct)
    {
        (OrganisationId, Year) = (organisationId, year);
        if (!costs.IsYear(year)) return NotFound();
        CostForms.ReplaceBindingErrors(ModelState);
        if (!ModelState.IsValid) return Page();
        return await this.WriteAsync(nameof(Input),
            () => costs.SetBudgetAsync(organisationId, year, Input.ToRequest(), user.Actor, ct),
            () => Redirect(CostForms.CostsPath(organisationId, year, "budget")));
    }
}
