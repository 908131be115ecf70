using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.BestPractice;

/// <summary>
/// Where a best-practice case has got to. A Compliance Plus rating opens a Draft; the organisation describes the
/// practice and either consents (Submitted) or declines. The standard owner publishes it, asks for changes, or
/// rejects it with a reason. If the assessor changes the rating before it is published, the case is Withdrawn.
/// </summary>
public enum CaseStatus
{
    Draft,
    Declined,
    Submitted,
    ChangesRequested,
    Published,
    Rejected,
    Withdrawn,
}

/// <summary>
/// One example of exemplary practice: an element an organisation was rated Compliance Plus on, with the assessor's
/// reason and, once the organisation adds it, what they do, what it achieved and whom to contact. Exactly one per
/// rated assessment element. Nothing is public unless the organisation consented and the standard owner published it.
/// </summary>
public class BestPracticeCase : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid AssessmentElementId { get; set; }
    public Guid StandardVersionId { get; set; }
    public required string ElementNumber { get; set; }

    /// <summary>The year the element was rated Compliance Plus.</summary>
    public int Year { get; set; }

    /// <summary>The assessor's comment: why it is exemplary. Follows the rating while the case is unpublished.</summary>
    public required string AssessorComment { get; set; }

    public string? Title { get; set; }
    /// <summary>What the organisation does.</summary>
    public string? Description { get; set; }
    /// <summary>What it achieved: results, measures, customer feedback.</summary>
    public string? Results { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }

    public CaseStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public Guid? UpdatedByUserId { get; set; }

    /// <summary>When and by whom the organisation consented to publication (null if it has not, or withdrew).</summary>
    public DateTimeOffset? ConsentedAt { get; set; }
    public Guid? ConsentedByUserId { get; set; }
    public string? DeclineReason { get; set; }

    /// <summary>The standard owner's note: what to change, or why it was rejected.</summary>
    public string? ModerationNote { get; set; }
    public DateTimeOffset? ModeratedAt { get; set; }
    public Guid? ModeratedByUserId { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}

public static class CaseNames
{
    public static string Display(CaseStatus status) => status switch
    {
        CaseStatus.Draft => "Draft",
        CaseStatus.Declined => "Declined",
        CaseStatus.Submitted => "Awaiting moderation",
        CaseStatus.ChangesRequested => "Changes requested",
        CaseStatus.Published => "Published",
        CaseStatus.Rejected => "Rejected",
        CaseStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };
}
