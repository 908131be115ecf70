using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Admin;

[AllowRoles(Role.StandardOwner)]
public class NewBodyModel(AppDbContext db, CertificationBodyService bodies, AccountService accounts, CurrentUser user) : PageModel
{
    [BindProperty]
    public CertificationBodyDetails Input { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Enter the email address of the certification body's first admin")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string AdminEmail { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var body = await bodies.CreateAsync(Input, user.Actor, ct);
            await accounts.InviteAsync(TenantRef.CertificationBody(body.Id), new InviteUserRequest { Email = AdminEmail, Role = Role.CertificationBodyAdmin },
                user.Actor, InvitationLinks.For(Request), ct);
            await tx.CommitAsync(ct);
            return Redirect($"/admin?created={Uri.EscapeDataString(body.Name)}");
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
