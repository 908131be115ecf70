using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Demo;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages;

public class IndexModel(CurrentUser user, IWebHostEnvironment environment, IConfiguration configuration) : PageModel
{
    public IReadOnlyList<MembershipInfo> Memberships { get; private set; } = [];
    public bool ShowDemoUsers { get; private set; }
    public string UserName => user.Name;
    public bool SignedIn => user.IsSignedIn;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Memberships = await user.MembershipsAsync(ct);
        // The demo accounts and their shared password are shown only on a developer's machine.
        ShowDemoUsers = environment.IsDevelopment() && configuration.GetValue<bool>("Demo:SeedOnStart");
    }

    public static IReadOnlyList<DemoUser> DemoUsers => DemoSeeder.Users;
    public static string DemoPassword => DemoSeeder.Password;
}
