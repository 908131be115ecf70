using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Assessments;

public enum EvidenceRequestStatus
{
    Open,
    Answered,
}

/// <summary>
/// The assessor asking for more ("Please provide …") against an element, by a date. The organisation answers once,
/// with a comment and items from its library; the items are frozen at their current revision as
/// <see cref="AssessmentEvidence"/> rows pointing back here.
/// </summary>
public class EvidenceRequest : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public required string ElementNumber { get; set; }
    public required string Text { get; set; }
    public DateOnly DueOn { get; set; }
    public EvidenceRequestStatus Status { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public Guid? RaisedByUserId { get; set; }
    public string? RaisedByName { get; set; }
    public string? Answer { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public Guid? AnsweredByUserId { get; set; }
    public string? AnsweredByName { get; set; }

    public bool IsOverdue(DateOnly today) => Status == EvidenceRequestStatus.Open && DueOn < today;
}
