using StandardBearer.Core.Accounts;
using StandardBearer.Core.Tenancy;

namespace StandardBearer.Web.Infrastructure;

/// <summary>Declares which roles may use a page. Tenant roles are checked against the tenant named in the route.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowRolesAttribute(params Role[] roles) : Attribute
{
    public IReadOnlyList<Role> Roles { get; } = roles;
}

public enum AccessResult
{
    Allowed,
    SignInRequired,
    Forbidden,
    NotFound,
}

/// <summary>
/// One decision for pages and API endpoints alike. A user with no membership of the tenant in the route gets
/// NotFound (we do not confirm that another tenant's things exist); a member whose role is not allowed gets Forbidden.
/// On success the request's <see cref="TenantScope"/> is set, which switches on the tenant's query filters.
/// </summary>
public sealed class TenantAccess(CurrentUser user, TenantScope scope)
{
    public const string OrganisationRouteKey = "organisationId";
    public const string BodyRouteKey = "bodyId";

    public async Task<AccessResult> CheckAsync(IReadOnlyList<Role> allowed, RouteValueDictionary route, CancellationToken ct = default)
    {
        if (!user.IsSignedIn) return AccessResult.SignInRequired;
        var memberships = await user.MembershipsAsync(ct);

        var tenant = TenantFromRoute(route);
        if (tenant is null)
        {
            if (allowed.Count == 0) return AccessResult.Allowed;
            return memberships.Any(m => m.Kind == TenantKind.Platform && allowed.Contains(m.Role)) ? AccessResult.Allowed : AccessResult.Forbidden;
        }
        if (tenant.Value.Id == Guid.Empty) return AccessResult.NotFound;

        var inTenant = memberships.Where(m => m.OrganisationId == tenant.Value.OrganisationId && m.CertificationBodyId == tenant.Value.CertificationBodyId
            && m.Kind == tenant.Value.Kind).ToList();
        if (inTenant.Count == 0) return AccessResult.NotFound;
        if (allowed.Count > 0 && !inTenant.Any(m => allowed.Contains(m.Role))) return AccessResult.Forbidden;

        if (tenant.Value.Kind == TenantKind.Organisation) scope.UseOrganisation(tenant.Value.Id);
        else scope.UseCertificationBody(tenant.Value.Id);
        return AccessResult.Allowed;
    }

    public static TenantRef? TenantFromRoute(RouteValueDictionary route)
    {
        if (route.TryGetValue(OrganisationRouteKey, out var o) && o is not null)
            return TenantRef.Organisation(Guid.TryParse(o.ToString(), out var id) ? id : Guid.Empty);
        if (route.TryGetValue(BodyRouteKey, out var b) && b is not null)
            return TenantRef.CertificationBody(Guid.TryParse(b.ToString(), out var id) ? id : Guid.Empty);
        return null;
    }
}
