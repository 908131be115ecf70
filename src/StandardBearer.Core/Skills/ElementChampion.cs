using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Skills;

/// <summary>
/// A further owner of one element of a self-assessment, beside its lead owner (<c>ElementSelfAssessment.OwnerUserId</c>).
/// An element's champions are its lead owner and these.
/// </summary>
public class ElementChampion : IOrganisationOwned
{
    public Guid ElementSelfAssessmentId { get; set; }
    public Guid UserId { get; set; }
    public Guid OrganisationId { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public Guid? AddedByUserId { get; set; }
}
