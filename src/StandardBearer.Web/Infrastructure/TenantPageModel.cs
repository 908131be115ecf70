using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;

namespace StandardBearer.Web.Infrastructure;

/// <summary>
/// For pages that serve both kinds of tenant from one file (users, invitations, audit): works out which tenant the
/// route names. Access has already been checked by <see cref="TenantAccessPageFilter"/> before a handler runs.
/// </summary>
public abstract class TenantPageModel : PageModel
{
    public TenantRef Tenant => TenantAccess.TenantFromRoute(RouteData.Values)
        ?? throw new InvalidOperationException("This page needs an organisationId or bodyId route value.");

    public bool IsOrganisation => Tenant.Kind == TenantKind.Organisation;

    public string TenantPath => IsOrganisation ? $"/organisations/{Tenant.Id}" : $"/bodies/{Tenant.Id}";

    public string TenantName { get; protected set; } = "";

    protected async Task LoadTenantNameAsync(AppDbContext db, CancellationToken ct) =>
        TenantName = IsOrganisation
            ? await db.Organisations.Where(o => o.Id == Tenant.Id).Select(o => o.Name).SingleAsync(ct)
            : await db.CertificationBodies.Where(b => b.Id == Tenant.Id).Select(b => b.Name).SingleAsync(ct);
}
