using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Certification;

/// <summary>
/// An assessor's declared reason not to assess an organisation (they advised it, used to work there, are related to
/// someone there). While it stands, assigning them to that organisation's assessments is refused. Withdrawing keeps
/// the row, so the body can show what was declared and when.
/// </summary>
public class AssessorConflict : ICertificationBodyOwned
{
    public Guid Id { get; set; }
    public Guid CertificationBodyId { get; set; }
    public Guid AssessorUserId { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset DeclaredAt { get; set; }
    public Guid? DeclaredByUserId { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public Guid? WithdrawnByUserId { get; set; }

    public bool IsActive => WithdrawnAt is null;
}
