using StandardBearer.Core.BestPractice;

namespace StandardBearer.Web.Pages.BestPractice;

/// <summary>What the best-practice case pages share: addresses, how a status looks, and what the organisation does next.</summary>
public static class CasePages
{
    public static string OrganisationPath(Guid organisationId) => $"/organisations/{organisationId}/best-practice";

    public static string OrganisationPath(Guid organisationId, Guid caseId) => $"/organisations/{organisationId}/best-practice/{caseId}";

    public const string ModerationPath = "/best-practice/moderation";

    public static string ModerationCasePath(Guid caseId) => $"{ModerationPath}/{caseId}";

    /// <summary>The same colour on every page: waiting on the organisation is blue or orange, waiting on the owner purple, done green or grey.</summary>
    public static string Colour(CaseStatus status) => status switch
    {
        CaseStatus.Draft => "blue",
        CaseStatus.ChangesRequested => "orange",
        CaseStatus.Submitted => "purple",
        CaseStatus.Published => "green",
        CaseStatus.Declined => "grey",
        CaseStatus.Rejected => "red",
        _ => "grey",
    };

    /// <summary>What the organisation does next with a case, in a sentence for its list.</summary>
    public static string NextStep(CaseStatus status) => status switch
    {
        CaseStatus.Draft => "Describe the practice, then an admin consents to publication or declines",
        CaseStatus.ChangesRequested => "Make the changes the standard owner asked for, then an admin consents again",
        CaseStatus.Submitted => "Nothing: the standard owner will moderate it",
        CaseStatus.Published => "Nothing: it is in the public best-practice library",
        CaseStatus.Declined => "Nothing. You can still describe it and consent later",
        CaseStatus.Rejected => "Nothing: the standard owner decided not to publish it",
        _ => "Nothing",
    };
}
