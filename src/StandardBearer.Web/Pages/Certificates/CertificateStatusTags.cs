using StandardBearer.Core.Certification;

namespace StandardBearer.Web.Pages.Certificates;

/// <summary>How each certificate status looks as a GOV.UK tag, the same on the body's, the organisation's and the public pages.</summary>
public static class CertificateStatusTags
{
    public static string Colour(CertificateStatus status) => status switch
    {
        CertificateStatus.Active => "green",
        CertificateStatus.Suspended => "orange",
        CertificateStatus.Withdrawn => "red",
        _ => "grey",
    };
}
