using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Costs;

/// <summary>Confirms deleting a cost. Only admins delete; members add and change.</summary>
[AllowRoles(Role.OrganisationAdmin)]
public class DeleteCostModel(AppDbContext db, CostService costs, CurrentUser user) : PageModel
{
    public CostItemRow Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid itemId, CancellationToken ct)
    {
        if (await CostQueries.ItemAsync(db, organisationId, itemId, ct) is not { } item) return NotFound();
        Item = item;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid itemId, CancellationToken ct)
    {
        if (await CostQueries.ItemAsync(db, organisationId, itemId, ct) is not { } item) return NotFound();
        await costs.DeleteCostItemAsync(organisationId, itemId, user.Actor, ct);
        return Redirect(CostForms.CostsPath(organisationId, item.Year, "cost-deleted"));
    }
}
