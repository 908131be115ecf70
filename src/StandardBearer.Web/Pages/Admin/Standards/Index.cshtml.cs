using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Admin.Standards;

[AllowRoles(Role.StandardOwner)]
public class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<VersionSummary> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Versions = await StandardCatalogue.Summaries(db).ToListAsync(ct);
}
