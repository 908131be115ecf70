using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Accounts;

/// <summary>
/// What a service asks about the person acting: their roles in an organisation, and whether they own the standard.
/// Memberships are read across tenants on purpose: a service checks the actor whatever scope the request has.
/// </summary>
public static class MembershipChecks
{
    /// <summary>The user's active roles in the organisation; none for someone outside it (or no user at all).</summary>
    public static async Task<List<Role>> OrganisationRolesAsync(this AppDbContext db, Guid? userId, Guid organisationId, CancellationToken ct) =>
        userId is not { } user ? [] : await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == user && m.OrganisationId == organisationId && m.DeactivatedAt == null).Select(m => m.Role).ToListAsync(ct);

    public static async Task<bool> IsOrganisationAdminAsync(this AppDbContext db, Guid? userId, Guid organisationId, CancellationToken ct) =>
        (await db.OrganisationRolesAsync(userId, organisationId, ct)).Contains(Role.OrganisationAdmin);

    public static async Task<bool> IsStandardOwnerAsync(this AppDbContext db, Guid? userId, CancellationToken ct) =>
        userId is { } user && await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == user && m.Role == Role.StandardOwner && m.DeactivatedAt == null, ct);
}
