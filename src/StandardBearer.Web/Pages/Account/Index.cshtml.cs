using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Account;

public class IndexModel(CurrentUser user, AppDbContext db) : PageModel
{
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public IReadOnlyList<MembershipInfo> Memberships { get; private set; } = [];
    public bool PasswordChanged { get; private set; }

    public async Task OnGetAsync(bool passwordChanged, CancellationToken ct)
    {
        var me = await db.Users.Where(u => u.Id == user.UserId).Select(u => new { u.DisplayName, u.Email }).SingleAsync(ct);
        Name = me.DisplayName;
        Email = me.Email ?? "";
        Memberships = await user.MembershipsAsync(ct);
        PasswordChanged = passwordChanged;
    }
}
