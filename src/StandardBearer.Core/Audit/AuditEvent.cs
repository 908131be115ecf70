using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Audit;

/// <summary>One change that matters: who did what to which thing, when, in which tenant, with a before/after summary.</summary>
public class AuditEvent : ITenantOwned
{
    public Guid Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? UserId { get; set; }
    public required string ActorName { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? CertificationBodyId { get; set; }
    /// <summary>What happened, named as a past-tense event, e.g. <c>OrganisationUpdated</c>.</summary>
    public required string Action { get; set; }
    /// <summary>The kind and id of the thing changed, e.g. <c>Organisation/0190…</c>.</summary>
    public required string Subject { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
