using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Assessments;

public enum SessionKind
{
    CustomerInterview,
    StaffInterview,
    PartnerInterview,
    ManagerInterview,
    Observation,
    DocumentReview,
    FeedbackMeeting,
}

/// <summary>One session of the on-site visit: when, where, what kind, who takes part and which elements it tests.</summary>
public class VisitSession : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartsAt { get; set; }
    public TimeOnly EndsAt { get; set; }
    public required string Site { get; set; }
    public SessionKind Kind { get; set; }

    /// <summary>Free text: customers may be described without names ("three parents of pupils").</summary>
    public string? Participants { get; set; }
    public List<string> ElementNumbers { get; set; } = [];
}

/// <summary>What the assessor noted in a session about one element. Not shown to the organisation before the report is released.</summary>
public class SessionNote : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public Guid VisitSessionId { get; set; }
    public required string ElementNumber { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public string? CreatedByName { get; set; }
}

public static class SessionKinds
{
    public static string DisplayName(SessionKind kind) => kind switch
    {
        SessionKind.CustomerInterview => "Interview with customers",
        SessionKind.StaffInterview => "Interview with staff",
        SessionKind.PartnerInterview => "Interview with partners",
        SessionKind.ManagerInterview => "Interview with managers",
        SessionKind.Observation => "Observation",
        SessionKind.DocumentReview => "Document review",
        SessionKind.FeedbackMeeting => "Feedback meeting",
        _ => kind.ToString(),
    };
}
