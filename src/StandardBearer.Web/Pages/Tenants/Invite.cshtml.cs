using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Tenants;

[AllowRoles(Role.OrganisationAdmin, Role.CertificationBodyAdmin)]
public class InviteModel(AppDbContext db, AccountService accounts, CurrentUser user) : TenantPageModel
{
    [BindProperty]
    public InviteUserRequest Input { get; set; } = new();

    public IEnumerable<SelectListItem> RoleItems =>
        Roles.For(Tenant.Kind).Select(r => new SelectListItem(Roles.DisplayName(r), r.ToString()));

    public async Task OnGetAsync(CancellationToken ct) => await LoadTenantNameAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadTenantNameAsync(db, ct);
        if (!ModelState.IsValid) return Page();
        try
        {
            await accounts.InviteAsync(Tenant, Input, user.Actor, InvitationLinks.For(Request), ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"{TenantPath}/users?done=invited");
    }
}
