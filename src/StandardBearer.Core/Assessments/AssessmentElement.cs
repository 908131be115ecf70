using StandardBearer.Core.Evidence;
using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Assessments;

/// <summary>
/// One element of an assessment. The first group of fields is the organisation's self-assessment as it stood when
/// it applied (never updated afterwards); then the assessor's desktop review; then the final rating. For an annual
/// review, elements out of scope carry forward the last decided rating and are not rated again.
/// </summary>
public class AssessmentElement : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public required string ElementNumber { get; set; }
    public int Order { get; set; }

    public string? SelfRatingKey { get; set; }
    public string? Narrative { get; set; }
    public string? OwnerName { get; set; }
    public bool InScope { get; set; }

    public string? ProvisionalRatingKey { get; set; }
    public string? ReviewNote { get; set; }
    public bool Reviewed { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public Guid? ReviewedByUserId { get; set; }

    public string? FinalRatingKey { get; set; }
    public string? FinalComment { get; set; }
    public DateTimeOffset? RatedAt { get; set; }
    public Guid? RatedByUserId { get; set; }

    /// <summary>The final rating was carried forward from an earlier decided assessment, not given in this one.</summary>
    public bool CarriedForward { get; set; }
}

/// <summary>
/// An evidence item as the assessor sees it for an element: the exact revision that was current when the
/// organisation applied (or answered an evidence request), with the title and address as they were then. The
/// organisation can revise or delete the item afterwards; this row, and the revision's files, do not change.
/// </summary>
public class AssessmentEvidence : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public Guid AssessmentElementId { get; set; }

    /// <summary>Set when the item was given in answer to an evidence request rather than linked when applying.</summary>
    public Guid? EvidenceRequestId { get; set; }
    public Guid EvidenceItemId { get; set; }
    public Guid EvidenceRevisionId { get; set; }
    public int RevisionNumber { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public EvidenceKind Kind { get; set; }
    public string? Url { get; set; }
}
