using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Tenants;

namespace StandardBearer.Web.Pages.Admin;

[AllowRoles(Role.StandardOwner)]
public class AuditModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    public AuditListing Listing { get; private set; } = null!;

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        // The standard owner sees every tenant's events: a deliberate cross-tenant read.
        var events = db.AuditEvents.IgnoreQueryFilters();
        Listing = await AuditListing.LoadAsync(events, p, PageSize, ct);
    }
}
