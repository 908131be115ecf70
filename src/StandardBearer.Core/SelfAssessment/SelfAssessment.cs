using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.SelfAssessment;

public enum SelfAssessmentStatus
{
    Open,
    Closed,
}

/// <summary>An organisation's self-assessment against one standard version. One open at a time; closed ones are history.</summary>
public class SelfAssessmentRecord : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid StandardVersionId { get; set; }
    public SelfAssessmentStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public Guid? StartedByUserId { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public List<ElementSelfAssessment> Elements { get; set; } = [];
}

public enum ElementProgress
{
    NotStarted,
    InProgress,
    Completed,
}

/// <summary>
/// The organisation's own view of one element: progress, self-rating, "how we meet this", and who owns it.
/// <see cref="Version"/> is the optimistic-concurrency token: a save based on an older version is refused.
/// </summary>
public class ElementSelfAssessment : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid SelfAssessmentId { get; set; }
    public required string ElementNumber { get; set; }
    public int Order { get; set; }
    public ElementProgress Progress { get; set; }
    public string? RatingKey { get; set; }
    public string? Narrative { get; set; }
    public Guid? OwnerUserId { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public Guid? UpdatedByUserId { get; set; }
    public string? UpdatedByName { get; set; }
    public int Version { get; set; }
}
