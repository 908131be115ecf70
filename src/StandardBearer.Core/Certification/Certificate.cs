using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Certification;

/// <summary>The IAF CertSearch vocabulary, so a body's upload to CertSearch needs no translation.</summary>
public enum CertificateStatus
{
    Active,
    /// <summary>Temporarily not valid (an overdue or failed annual review); the body can reinstate it.</summary>
    Suspended,
    /// <summary>The body has withdrawn certification. Final.</summary>
    Withdrawn,
    /// <summary>Reached its expiry date without a reassessment. Final.</summary>
    Expired,
    /// <summary>Ended for another reason: the organisation gave it up or moved to another body. Final.</summary>
    Cancelled,
}

/// <summary>
/// A body's certificate for one organisation. It lives through many three-year cycles: a certifying reassessment by
/// the same body renews it in place (new issue and expiry dates, same number), as certificates are kept in IAF
/// CertSearch, so <see cref="OriginalIssuedOn"/> is when the organisation first held it.
/// </summary>
public class Certificate : IOrganisationAndBodyOwned
{
    public const int ValidYears = 3;

    public Guid Id { get; set; }
    /// <summary>Unique across the platform, e.g. <c>CSE-CFA-2026-0001</c>.</summary>
    public required string Number { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    /// <summary>The full assessment (initial or reassessment) that started the current cycle.</summary>
    public Guid AssessmentId { get; set; }
    public required string Scope { get; set; }
    public DateOnly OriginalIssuedOn { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public CertificateStatus Status { get; set; }
    public DateTimeOffset? StatusChangedAt { get; set; }
    public string? StatusReason { get; set; }

    /// <summary>Set by the body: not listed on the public register, though its number still verifies.</summary>
    public bool Confidential { get; set; }

    /// <summary>Still in force: active, or suspended pending the body's decision.</summary>
    public bool IsHeld => Status is CertificateStatus.Active or CertificateStatus.Suspended;

    /// <summary>The status as of <paramref name="today"/>: a certificate past its expiry date reads as expired even before the daily job records it.</summary>
    public CertificateStatus StatusOn(DateOnly today) => IsHeld && today > ExpiresOn ? CertificateStatus.Expired : Status;
}

public enum CertificateEventKind
{
    Issued,
    Renewed,
    StatusChanged,
    MadeConfidential,
    MadePublic,
}

/// <summary>One line of a certificate's history: what happened, why, who, when.</summary>
public class CertificateEvent : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid CertificateId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public DateTimeOffset At { get; set; }
    public CertificateEventKind Kind { get; set; }
    public CertificateStatus? FromStatus { get; set; }
    public CertificateStatus ToStatus { get; set; }
    public required string Reason { get; set; }
    public Guid? UserId { get; set; }
    public required string UserName { get; set; }
}

/// <summary>
/// An award the organisation held before its first certificate here, entered by its body (for example
/// "Charter Mark" from 1997), so that how long it has held the standard is something the system knows.
/// </summary>
public class PredecessorAward : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public required string Name { get; set; }
    public DateOnly HeldFrom { get; set; }
    /// <summary>Empty when it ran on until the organisation's first certificate.</summary>
    public DateOnly? HeldUntil { get; set; }
    public DateTimeOffset EnteredAt { get; set; }
    public Guid? EnteredByUserId { get; set; }
}

public enum ReviewPlanReason
{
    /// <summary>Its turn in the rolling third.</summary>
    Rotation,
    /// <summary>Rated Partial Compliance at the last visit, so it is looked at again at the next one.</summary>
    PartialAtLastVisit,
}

/// <summary>An element the body plans to review formally at one visit of the certificate's current cycle.</summary>
public class ReviewPlanItem : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid CertificateId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    /// <summary>1 and 2 are the annual reviews; 3 is the reassessment, which rates everything but focuses on these.</summary>
    public int Visit { get; set; }
    public required string ElementNumber { get; set; }
    public ReviewPlanReason Reason { get; set; }
}

public enum CertificateMilestoneKind
{
    FirstAnnualReview,
    SecondAnnualReview,
    Reassessment,
}

public enum ReminderStage
{
    Days90,
    Days30,
    Days7,
    Overdue,
}

/// <summary>A reminder that has been sent; its unique key is what stops a second one after a restart.</summary>
public class CertificateReminder : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid CertificateId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public CertificateMilestoneKind Milestone { get; set; }
    public DateOnly DueOn { get; set; }
    public ReminderStage Stage { get; set; }
    public DateTimeOffset SentAt { get; set; }
}

/// <summary>Certificate numbers: the standard's code, the body's initials, the year of issue and a sequence.</summary>
public static class CertificateNumbers
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase) { "for", "of", "and", "the", "&" };

    /// <summary>Pure: the initials of the body's name without small words, so "Centre for Assessment" → "CA", "Northern Quality Certification" → "NQC".</summary>
    public static string BodyCode(string bodyName)
    {
        var initials = bodyName.Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !SmallWords.Contains(w))
            .Select(w => w.FirstOrDefault(char.IsAsciiLetterOrDigit))
            .Where(c => c != default)
            .Select(char.ToUpperInvariant);
        var code = new string(initials.Take(6).ToArray());
        return code.Length == 0 ? "CB" : code;
    }

    public static string Prefix(string standardCode, string bodyName, int year) =>
        $"{standardCode.ToUpperInvariant()}-{BodyCode(bodyName)}-{year:0000}-";

    public static string Format(string prefix, int sequence) => $"{prefix}{sequence:0000}";
}
