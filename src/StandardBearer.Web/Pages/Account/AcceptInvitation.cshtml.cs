using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Account;

public class AcceptInvitationModel(AccountService accounts, SignInManager<AppUser> signIn, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public AcceptInvitationRequest Input { get; set; } = new();

    public InvitationView Invitation { get; private set; } = new(InvitationStatus.NotFound, null, null, null, false);
    public bool SignedIn => user.IsSignedIn;
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Invitation = await accounts.GetInvitationAsync(Token, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        Invitation = await accounts.GetInvitationAsync(Token, ct);
        if (Invitation.Status != InvitationStatus.Valid || Invitation.HasAccount) return Page();
        if (!ModelState.IsValid) return Page();
        try
        {
            var created = await accounts.AcceptAsNewUserAsync(Token, Input, ct);
            await signIn.SignInAsync(created, isPersistent: false);
            return LocalRedirect("/");
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken ct)
    {
        ModelState.Clear(); // the new-account fields are not part of this form
        Invitation = await accounts.GetInvitationAsync(Token, ct);
        if (!user.IsSignedIn) return Challenge();
        try
        {
            await accounts.AcceptAsExistingUserAsync(Token, user.UserId!.Value, ct);
            return LocalRedirect("/");
        }
        catch (Exception e) when (e is ForbiddenException or ConflictException or NotFoundException)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
