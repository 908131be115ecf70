namespace StandardBearer.Core.Certification;

/// <summary>One due date in a certificate's cycle and whether it has been met.</summary>
public sealed record CertificateMilestone(CertificateMilestoneKind Kind, DateOnly DueOn, bool Done)
{
    public string Name => CertificateCycle.Name(Kind);
    public bool IsOverdueOn(DateOnly today) => !Done && today > DueOn;
}

/// <summary>
/// The three-year cycle as pure functions: an annual review due one and two years after issue, and a reassessment
/// due by the expiry date; and which reminder is due for a milestone on a given day.
/// </summary>
public static class CertificateCycle
{
    /// <summary>Reminders go this many days before a due date, then once more when it has passed.</summary>
    public static readonly IReadOnlyList<(ReminderStage Stage, int DaysBefore)> ReminderDays =
        [(ReminderStage.Days90, 90), (ReminderStage.Days30, 30), (ReminderStage.Days7, 7)];

    /// <param name="annualReviewsDecided">Annual reviews by the certificate's body decided since the cycle began.</param>
    public static IReadOnlyList<CertificateMilestone> Milestones(DateOnly issuedOn, DateOnly expiresOn, int annualReviewsDecided) =>
    [
        new(CertificateMilestoneKind.FirstAnnualReview, issuedOn.AddYears(1), annualReviewsDecided >= 1),
        new(CertificateMilestoneKind.SecondAnnualReview, issuedOn.AddYears(2), annualReviewsDecided >= 2),
        new(CertificateMilestoneKind.Reassessment, expiresOn, false),
    ];

    /// <summary>
    /// The reminder due for a milestone today: the most urgent stage whose day has come, or none. Only the latest
    /// stage is ever due, so a server that was down for a month sends one reminder, not three.
    /// </summary>
    public static ReminderStage? StageOn(DateOnly dueOn, DateOnly today)
    {
        if (today > dueOn) return ReminderStage.Overdue;
        var daysLeft = dueOn.DayNumber - today.DayNumber;
        ReminderStage? stage = null;
        foreach (var (s, days) in ReminderDays)
            if (daysLeft <= days) stage = s;
        return stage;
    }

    public static string Name(CertificateMilestoneKind kind) => kind switch
    {
        CertificateMilestoneKind.FirstAnnualReview => "First annual review",
        CertificateMilestoneKind.SecondAnnualReview => "Second annual review",
        CertificateMilestoneKind.Reassessment => "Reassessment",
        _ => kind.ToString(),
    };

    public static string Name(ReminderStage stage) => stage switch
    {
        ReminderStage.Days90 => "90 days before",
        ReminderStage.Days30 => "30 days before",
        ReminderStage.Days7 => "7 days before",
        ReminderStage.Overdue => "Overdue",
        _ => stage.ToString(),
    };

    public static string VisitName(int visit) => visit switch
    {
        1 => "First annual review",
        2 => "Second annual review",
        3 => "Reassessment",
        _ => $"Visit {visit}",
    };
}
