using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Account;

public class ChangePasswordModel(AccountService accounts, CurrentUser user, SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
{
    [BindProperty]
    public ChangePasswordRequest Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            await accounts.ChangePasswordAsync(user.UserId!.Value, Input, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        // The security stamp changed, which would sign this browser out at the next check: refresh its cookie.
        await signIn.RefreshSignInAsync((await users.FindByIdAsync(user.UserId!.Value.ToString()))!);
        return LocalRedirect("/account?passwordChanged=true");
    }
}
