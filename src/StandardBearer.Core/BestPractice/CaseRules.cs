namespace StandardBearer.Core.BestPractice;

/// <summary>Which change each status allows: the service refuses the others, and the pages offer only these.</summary>
public static class CaseRules
{
    /// <summary>The organisation can change the description until the case is published or rejected; a submitted case stays submitted.</summary>
    public static bool CanDescribe(CaseStatus status) =>
        status is CaseStatus.Draft or CaseStatus.ChangesRequested or CaseStatus.Declined or CaseStatus.Submitted;

    public static bool CanConsent(CaseStatus status) => status is CaseStatus.Draft or CaseStatus.ChangesRequested or CaseStatus.Declined;

    public static bool CanDecline(CaseStatus status) => status is CaseStatus.Draft or CaseStatus.ChangesRequested;

    public static bool CanWithdrawConsent(CaseStatus status) => status is CaseStatus.Submitted or CaseStatus.Published;

    /// <summary>Nothing is published without the organisation's consent.</summary>
    public static bool CanPublish(CaseStatus status, DateTimeOffset? consentedAt) => status == CaseStatus.Submitted && consentedAt is not null;

    public static bool CanRequestChanges(CaseStatus status) => status == CaseStatus.Submitted;

    public static bool CanReject(CaseStatus status) => status is CaseStatus.Submitted or CaseStatus.ChangesRequested;
}
