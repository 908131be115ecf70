using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Costs;

/// <summary>Changes a cost; admins go on from here to delete it.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class CostModel(AppDbContext db, CostService costs, CurrentUser user) : PageModel
{
    [BindProperty]
    public CostItemForm Input { get; set; } = new();

    public Guid OrganisationId { get; private set; }
    public CostItemRow Item { get; private set; } = null!;
    public bool IsAdmin { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid itemId, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, itemId, ct)) return NotFound();
        Input = CostItemForm.From(Item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid itemId, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, itemId, ct)) return NotFound();
        CostForms.ReplaceBindingErrors(ModelState);
        if (!ModelState.IsValid) return Page();
        return await this.WriteAsync(nameof(Input),
            () => costs.UpdateCostItemAsync(organisationId, itemId, Input.ToRequest(), user.Actor, ct),
            () => Redirect(CostForms.CostsPath(organisationId, Item.Year, "cost-saved")));
    }

    private async Task<bool> LoadAsync(Guid organisationId, Guid itemId, CancellationToken ct)
    {
        if (await CostQueries.ItemAsync(db, organisationId, itemId, ct) is not { } item) return false;
        (OrganisationId, Item) = (organisationId, item);
        IsAdmin = (await user.MembershipsAsync(ct)).Any(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin);
        return true;
    }
}
