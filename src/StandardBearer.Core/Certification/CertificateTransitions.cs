namespace StandardBearer.Core.Certification;

/// <summary>
/// Which status changes a body may make by hand. Suspension is the only reversible one; withdrawn, expired and
/// cancelled are final (a new certificate starts again). Expiry and renewal are not on this list: the daily job and
/// a certifying reassessment make those.
/// </summary>
public static class CertificateTransitions
{
    private static readonly Dictionary<CertificateStatus, CertificateStatus[]> Manual = new()
    {
        [CertificateStatus.Active] = [CertificateStatus.Suspended, CertificateStatus.Withdrawn, CertificateStatus.Cancelled],
        [CertificateStatus.Suspended] = [CertificateStatus.Active, CertificateStatus.Withdrawn, CertificateStatus.Cancelled],
        [CertificateStatus.Withdrawn] = [],
        [CertificateStatus.Expired] = [],
        [CertificateStatus.Cancelled] = [],
    };

    public static IReadOnlyList<CertificateStatus> AllowedFrom(CertificateStatus from) => Manual.TryGetValue(from, out var to) ? to : [];

    public static bool CanChange(CertificateStatus from, CertificateStatus to) => AllowedFrom(from).Contains(to);

    /// <summary>The verb for the change, as the body's form and the history show it.</summary>
    public static string Describe(CertificateStatus from, CertificateStatus to) => (from, to) switch
    {
        (CertificateStatus.Suspended, CertificateStatus.Active) => "Reinstate",
        (_, CertificateStatus.Suspended) => "Suspend",
        (_, CertificateStatus.Withdrawn) => "Withdraw",
        (_, CertificateStatus.Cancelled) => "Cancel",
        (_, CertificateStatus.Expired) => "Expire",
        _ => $"Set to {to}",
    };
}
