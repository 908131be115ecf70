using StandardBearer.Core.Certification;

namespace StandardBearer.Web.Pages.Certificates;

/// <summary>How each certificate status looks as a GOV.UK tag, the same on every page: in force is green, at risk orange, ended grey or red.</summary>
public static class CertificateStatusTags
{
    public static string Colour(CertificateStatus status) => status switch
    {
        CertificateStatus.Active => "green",
        CertificateStatus.Suspended => "orange",
        CertificateStatus.Withdrawn => "red",
        CertificateStatus.Expired => "grey",
        CertificateStatus.Cancelled => "grey",
        _ => "grey",
    };
}
