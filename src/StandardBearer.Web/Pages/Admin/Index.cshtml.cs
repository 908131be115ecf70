using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Admin;

public sealed record TenantRow(Guid Id, string Name, string Detail, int Users);

[AllowRoles(Role.StandardOwner)]
public class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<TenantRow> Organisations { get; private set; } = [];
    public IReadOnlyList<TenantRow> Bodies { get; private set; } = [];
    public string? Success { get; private set; }

    public async Task OnGetAsync(string? created, CancellationToken ct)
    {
        Success = created is null ? null : $"{created} added. An invitation has been sent to its first admin.";
        // The standard owner's platform-wide view: a named cross-tenant read.
        var orgs = await db.Organisations.OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Sector, o.Region, Users = db.Memberships.IgnoreQueryFilters().Count(m => m.OrganisationId == o.Id) })
            .ToListAsync(ct);
        Organisations = orgs.Select(o => new TenantRow(o.Id, o.Name, $"{OrganisationNames.Display(o.Sector)}, {OrganisationNames.Display(o.Region)}", o.Users)).ToList();
        Bodies = await db.CertificationBodies.OrderBy(b => b.Name)
            .Select(b => new TenantRow(b.Id, b.Name, b.Website ?? "", db.Memberships.IgnoreQueryFilters().Count(m => m.CertificationBodyId == b.Id)))
            .ToListAsync(ct);
    }
}
