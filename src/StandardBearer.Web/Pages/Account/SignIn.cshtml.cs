using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using StandardBearer.Core.Accounts;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Account;

[EnableRateLimiting(RateLimits.SignIn)]
public class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AccountService accounts, ILogger<SignInModel> log) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null)
        {
            var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                AccountLog.SignedIn(log, user.Id);
                await accounts.RecordSessionEventAsync(user, "UserSignedIn");
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            }
            if (result.IsLockedOut)
            {
                AccountLog.LockedOut(log, user.Id);
                await accounts.RecordSessionEventAsync(user, "UserLockedOut");
                ModelState.AddModelError("Input.Email", "Your account is locked because of too many failed sign-in attempts. Try again in 15 minutes");
                return Page();
            }
        }
        // One message whether the email or the password was wrong, so the form does not reveal who has an account.
        ModelState.AddModelError("Input.Email", "Enter a correct email address and password");
        return Page();
    }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password")]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }
}
