using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Accounts;

/// <summary>A single-use, expiring invitation to join a tenant. Only a hash of the token is stored.</summary>
public class Invitation : ITenantOwned
{
    public Guid Id { get; set; }
    public required string Email { get; set; }
    public Role Role { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? CertificationBodyId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public Guid? InvitedByUserId { get; set; }

    public bool IsPending(DateTimeOffset now) => AcceptedAt is null && RevokedAt is null && ExpiresAt > now;
}
