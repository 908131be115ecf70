using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Admin;

[AllowRoles(Role.StandardOwner)]
public class NewOrganisationModel(AppDbContext db, OrganisationService organisations, AccountService accounts, CurrentUser user) : PageModel
{
    [BindProperty]
    public OrganisationDetails Input { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Enter the email address of the organisation's first admin")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string AdminEmail { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        // Creating the organisation and inviting its admin succeed or fail together.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var organisation = await organisations.CreateAsync(Input, user.Actor, ct);
            await accounts.InviteAsync(TenantRef.Organisation(organisation.Id), new InviteUserRequest { Email = AdminEmail, Role = Role.OrganisationAdmin },
                user.Actor, InvitationLinks.For(Request), ct);
            await tx.CommitAsync(ct);
            return Redirect($"/admin?created={Uri.EscapeDataString(organisation.Name)}");
        }
        catch (DomainValidationException e)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
    }
}
