using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.SelfAssessment;

public enum ActionStatus
{
    Open,
    InProgress,
    Done,
}

/// <summary>Something the organisation will do to improve against an element, with an owner and a due date.</summary>
public class ImprovementAction : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public required string ElementNumber { get; set; }
    public required string Description { get; set; }
    public Guid? OwnerUserId { get; set; }
    public DateOnly DueDate { get; set; }
    public ActionStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    public bool IsOverdue(DateOnly today) => Status != ActionStatus.Done && DueDate < today;
}
