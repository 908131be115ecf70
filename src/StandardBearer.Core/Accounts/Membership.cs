using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Accounts;

/// <summary>A user's role in one tenant. A StandardOwner membership has no tenant: it is platform-wide.</summary>
public class Membership : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public Role Role { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? CertificationBodyId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Set when a certification body deactivates an assessor: they can no longer be assigned to assessments, and
    /// lose access to the ones they were on. The row stays so past assessments still name them; null when active.
    /// </summary>
    public DateTimeOffset? DeactivatedAt { get; set; }
}

/// <summary>What the web host needs to know about one of the signed-in user's memberships.</summary>
public sealed record MembershipInfo(Role Role, Guid? OrganisationId, Guid? CertificationBodyId, string TenantName)
{
    public TenantKind Kind => Roles.KindOf(Role);
    public Guid? TenantId => OrganisationId ?? CertificationBodyId;
}
