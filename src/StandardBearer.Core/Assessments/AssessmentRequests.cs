using System.ComponentModel.DataAnnotations;

namespace StandardBearer.Core.Assessments;

public sealed record ApplyForAssessmentRequest
{
    [Required(ErrorMessage = "Select a certification body")]
    public Guid? CertificationBodyId { get; init; }

    [Required(ErrorMessage = "Select the type of assessment")]
    public AssessmentType? Type { get; init; }

    [Required(ErrorMessage = "Select what the assessment covers")]
    public ScopeKind? ScopeKind { get; init; }

    /// <summary>Required for named services; an optional note for a whole organisation.</summary>
    [StringLength(2000, ErrorMessage = "The scope must be 2,000 characters or fewer")]
    public string? ScopeDescription { get; init; }

    [Required(ErrorMessage = "Enter the sites the assessment covers")]
    [StringLength(2000, ErrorMessage = "Sites must be 2,000 characters or fewer")]
    public string Sites { get; init; } = "";

    [Required(ErrorMessage = "Enter the number of staff")]
    [Range(1, 10_000_000, ErrorMessage = "Enter the number of staff as a whole number, like 250")]
    public int? StaffNumbers { get; init; }

    [Required(ErrorMessage = "Enter the contact's name")]
    [StringLength(200, ErrorMessage = "The contact's name must be 200 characters or fewer")]
    public string ContactName { get; init; } = "";

    [Required(ErrorMessage = "Enter the contact's email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "The email address must be 256 characters or fewer")]
    public string ContactEmail { get; init; } = "";

    [StringLength(40, ErrorMessage = "The phone number must be 40 characters or fewer")]
    public string? ContactPhone { get; init; }

    [StringLength(1000, ErrorMessage = "Preferred dates must be 1,000 characters or fewer")]
    public string? PreferredDates { get; init; }

    /// <summary>For an annual review, the element numbers it covers; the rest carry forward. Ignored for other types.</summary>
    public IReadOnlyList<string> InScopeElements { get; init; } = [];
}

public sealed record DeclineAssessmentRequest
{
    [Required(ErrorMessage = "Enter the reason for declining the application")]
    [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or fewer")]
    public string Reason { get; init; } = "";
}

public sealed record AssignAssessorsRequest
{
    [Required(ErrorMessage = "Select a lead assessor")]
    public Guid? LeadAssessorUserId { get; init; }

    public IReadOnlyList<Guid> TeamUserIds { get; init; } = [];
}

public sealed record AgreeDatesRequest
{
    [Required(ErrorMessage = "Enter the date of the document review")]
    public DateOnly? DocumentReviewOn { get; init; }

    [Required(ErrorMessage = "Enter the first day of the visit")]
    public DateOnly? VisitStartsOn { get; init; }

    [Required(ErrorMessage = "Enter the last day of the visit")]
    public DateOnly? VisitEndsOn { get; init; }
}

public sealed record RecordReviewRequest
{
    /// <summary>A rating key of the assessment's standard version, or null for none yet.</summary>
    public string? ProvisionalRatingKey { get; init; }

    [StringLength(20000, ErrorMessage = "The review note must be 20,000 characters or fewer")]
    public string? Note { get; init; }

    public bool Reviewed { get; init; }
}

/// <summary>The assessor asking the organisation for more evidence.</summary>
public sealed record RaiseEvidenceRequest
{
    [Required(ErrorMessage = "Select the element")]
    public string ElementNumber { get; init; } = "";

    [Required(ErrorMessage = "Enter what the organisation should provide")]
    [StringLength(4000, ErrorMessage = "The request must be 4,000 characters or fewer")]
    public string Text { get; init; } = "";

    [Required(ErrorMessage = "Enter the date the evidence is due")]
    public DateOnly? DueOn { get; init; }
}

/// <summary>The organisation's answer to an evidence request.</summary>
public sealed record AnswerEvidenceRequest
{
    [Required(ErrorMessage = "Enter your answer")]
    [StringLength(4000, ErrorMessage = "Your answer must be 4,000 characters or fewer")]
    public string Comment { get; init; } = "";

    /// <summary>Items from the organisation's own library; their current revisions are what the assessor sees.</summary>
    public IReadOnlyList<Guid> EvidenceItemIds { get; init; } = [];
}

/// <summary>A session of the visit, for planning and for changing it.</summary>
public sealed record PlanSessionRequest
{
    [Required(ErrorMessage = "Enter the date of the session")]
    public DateOnly? Date { get; init; }

    [Required(ErrorMessage = "Enter the start time")]
    public TimeOnly? StartsAt { get; init; }

    [Required(ErrorMessage = "Enter the end time")]
    public TimeOnly? EndsAt { get; init; }

    [Required(ErrorMessage = "Enter where the session takes place")]
    [StringLength(200, ErrorMessage = "The place must be 200 characters or fewer")]
    public string Site { get; init; } = "";

    [Required(ErrorMessage = "Select the kind of session")]
    public SessionKind? Kind { get; init; }

    [StringLength(1000, ErrorMessage = "Who takes part must be 1,000 characters or fewer")]
    public string? Participants { get; init; }

    public IReadOnlyList<string> ElementNumbers { get; init; } = [];
}

public sealed record RecordSessionNoteRequest
{
    [Required(ErrorMessage = "Select the element")]
    public string ElementNumber { get; init; } = "";

    [Required(ErrorMessage = "Enter the note")]
    [StringLength(20000, ErrorMessage = "The note must be 20,000 characters or fewer")]
    public string Text { get; init; } = "";
}

public sealed record RateElementRequest
{
    [Required(ErrorMessage = "Select a rating")]
    public string RatingKey { get; init; } = "";

    [StringLength(4000, ErrorMessage = "The comment must be 4,000 characters or fewer")]
    public string? Comment { get; init; }
}

public sealed record RecordSummaryRequest
{
    [StringLength(20000, ErrorMessage = "The summary of strengths must be 20,000 characters or fewer")]
    public string? Strengths { get; init; }

    [StringLength(20000, ErrorMessage = "Areas for continuous improvement must be 20,000 characters or fewer")]
    public string? AreasForImprovement { get; init; }

    /// <summary>Criterion number → findings. A blank entry removes that criterion's findings.</summary>
    public IReadOnlyDictionary<string, string?> Findings { get; init; } = new Dictionary<string, string?>();
}

public sealed record AddFactualAccuracyCommentRequest
{
    /// <summary>The element the comment is about, or null for the report as a whole.</summary>
    public string? ElementNumber { get; init; }

    [Required(ErrorMessage = "Enter your comment")]
    [StringLength(4000, ErrorMessage = "Your comment must be 4,000 characters or fewer")]
    public string Text { get; init; } = "";
}

public sealed record RecordDecisionRequest
{
    [StringLength(4000, ErrorMessage = "The note must be 4,000 characters or fewer")]
    public string? Note { get; init; }
}
