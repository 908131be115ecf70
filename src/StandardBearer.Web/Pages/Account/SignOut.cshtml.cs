using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;

namespace StandardBearer.Web.Pages.Account;

/// <summary>Sign-out is a POST (with antiforgery) so that a link on another site cannot sign people out.</summary>
public class SignOutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AccountService accounts) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user) await accounts.RecordSessionEventAsync(user, "UserSignedOut");
        await signIn.SignOutAsync();
        return LocalRedirect("/account/signed-out");
    }
}
