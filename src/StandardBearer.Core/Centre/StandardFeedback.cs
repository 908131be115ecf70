namespace StandardBearer.Core.Centre;

public enum FeedbackKind
{
    UnclearWording,
    MissingGuidance,
    SuggestedChange,
    Other,
}

public enum FeedbackStatus
{
    New,
    UnderReview,
    AcceptedForNextVersion,
    Declined,
}

/// <summary>
/// Feedback on one element of a version of the standard, sent by a signed-in user to the standard's owner. Not
/// tenant-owned: it belongs to its sender, and only the sender and the standard owner may see it, which the named
/// reads in <see cref="StandardFeedbackQueries"/> enforce.
/// </summary>
public class StandardFeedback
{
    public Guid Id { get; set; }
    public Guid StandardVersionId { get; set; }
    public required string ElementNumber { get; set; }
    public FeedbackKind Kind { get; set; }
    public required string Text { get; set; }
    public Guid SenderUserId { get; set; }
    public required string SenderName { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public FeedbackStatus Status { get; set; }
    /// <summary>The owner's reason for the status: required when declined, shown to the sender.</summary>
    public string? StatusReason { get; set; }
    public DateTimeOffset? TriagedAt { get; set; }
    public Guid? TriagedByUserId { get; set; }
    public string? TriagedByName { get; set; }
}

public static class FeedbackNames
{
    public static string Display(FeedbackKind kind) => kind switch
    {
        FeedbackKind.UnclearWording => "Unclear wording",
        FeedbackKind.MissingGuidance => "Missing guidance",
        FeedbackKind.SuggestedChange => "Suggested change",
        FeedbackKind.Other => "Other",
        _ => kind.ToString(),
    };

    public static string Display(FeedbackStatus status) => status switch
    {
        FeedbackStatus.New => "New",
        FeedbackStatus.UnderReview => "Under review",
        FeedbackStatus.AcceptedForNextVersion => "Accepted for next version",
        FeedbackStatus.Declined => "Declined",
        _ => status.ToString(),
    };
}
