using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Certification;

public enum CertificateStatus
{
    Active,
    Suspended,
    Withdrawn,
    Expired,
    /// <summary>A reassessment issued a newer certificate for the same organisation.</summary>
    Superseded,
}

/// <summary>Issued by a body to an organisation on a certifying decision; runs three years from issue.</summary>
public class Certificate : IOrganisationAndBodyOwned
{
    public const int ValidYears = 3;

    public Guid Id { get; set; }
    /// <summary>Unique across the platform, e.g. <c>CSE-CFA-2026-0001</c>.</summary>
    public required string Number { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public Guid AssessmentId { get; set; }
    public required string Scope { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public CertificateStatus Status { get; set; }
    public DateTimeOffset? StatusChangedAt { get; set; }

    /// <summary>The status as of <paramref name="today"/>: an active certificate past its expiry date reads as expired without a job to change it.</summary>
    public CertificateStatus StatusOn(DateOnly today) => Status == CertificateStatus.Active && today > ExpiresOn ? CertificateStatus.Expired : Status;
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
