using StandardBearer.Core.Standards;
using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Assessments;

public enum AssessmentType
{
    Initial,
    AnnualReview,
    Reassessment,
}

/// <summary>
/// Where an assessment has got to. Applied, then the body accepts or declines; assigning assessors starts the desktop
/// review; the first session note means the visit has begun; rating every element in scope makes it Rated; the lead
/// assessor releases the report to the organisation; someone else at the body decides.
/// </summary>
public enum AssessmentStatus
{
    Applied,
    Declined,
    Accepted,
    DesktopReview,
    OnSite,
    Rated,
    ReportReleased,
    Decided,
}

public enum ScopeKind
{
    WholeOrganisation,
    NamedServices,
}

/// <summary>
/// One external assessment of an organisation by a certification body: the application, the team, the dates, the
/// report and the decision. Its <see cref="Elements"/> are a snapshot taken when the organisation applied, so what
/// the assessor reviews does not move while they review it (docs/decisions/0005).
/// </summary>
public class Assessment : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public Guid StandardVersionId { get; set; }

    /// <summary>The self-assessment the snapshot was taken from.</summary>
    public Guid SelfAssessmentId { get; set; }
    public AssessmentType Type { get; set; }
    public AssessmentStatus Status { get; set; }

    public ScopeKind ScopeKind { get; set; }
    /// <summary>The services or departments in scope; for a whole organisation, an optional note.</summary>
    public string? ScopeDescription { get; set; }
    public required string Sites { get; set; }
    public int StaffNumbers { get; set; }
    public required string ContactName { get; set; }
    public required string ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? PreferredDates { get; set; }
    public DateTimeOffset AppliedAt { get; set; }
    public Guid? AppliedByUserId { get; set; }

    /// <summary>For an annual review: the decided assessment whose final ratings the out-of-scope elements keep.</summary>
    public Guid? CarriedForwardFromAssessmentId { get; set; }

    public DateTimeOffset? RespondedAt { get; set; }
    public Guid? RespondedByUserId { get; set; }
    public string? DeclineReason { get; set; }

    public Guid? LeadAssessorUserId { get; set; }
    public DateTimeOffset? AssignedAt { get; set; }
    public List<AssessmentTeamMember> Team { get; set; } = [];
    public decimal? SuggestedDeskDays { get; set; }
    public decimal? SuggestedOnSiteDays { get; set; }

    public DateOnly? DocumentReviewOn { get; set; }
    public DateOnly? VisitStartsOn { get; set; }
    public DateOnly? VisitEndsOn { get; set; }

    public string? Strengths { get; set; }
    public string? AreasForImprovement { get; set; }
    public DateTimeOffset? ReportReleasedAt { get; set; }
    public Guid? ReportReleasedByUserId { get; set; }

    public OutcomeKind? Outcome { get; set; }
    /// <summary>Why the rules gave that outcome, one sentence a line (which rule failed, which elements need action).</summary>
    public string? DecisionReasons { get; set; }
    public string? DecisionNote { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedByUserId { get; set; }
    public string? DecidedByName { get; set; }

    public List<AssessmentElement> Elements { get; set; } = [];

    public string ScopeText => ScopeKind == ScopeKind.WholeOrganisation
        ? ScopeDescription is { Length: > 0 } note ? $"Whole organisation ({note})" : "Whole organisation"
        : ScopeDescription ?? "";

    public bool IsReportReleased => Status is AssessmentStatus.ReportReleased or AssessmentStatus.Decided;
}

/// <summary>An assessor on the team besides the lead.</summary>
public class AssessmentTeamMember : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
}

public static class AssessmentNames
{
    public static string Display(AssessmentType type) => type switch
    {
        AssessmentType.Initial => "Initial assessment",
        AssessmentType.AnnualReview => "Annual review",
        AssessmentType.Reassessment => "Reassessment",
        _ => type.ToString(),
    };

    public static string Display(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Applied => "Applied",
        AssessmentStatus.Declined => "Declined",
        AssessmentStatus.Accepted => "Accepted",
        AssessmentStatus.DesktopReview => "Desktop review",
        AssessmentStatus.OnSite => "On-site visit",
        AssessmentStatus.Rated => "Rated",
        AssessmentStatus.ReportReleased => "Report released",
        AssessmentStatus.Decided => "Decided",
        _ => status.ToString(),
    };
}
