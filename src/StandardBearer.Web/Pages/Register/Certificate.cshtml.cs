using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Register;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Register;

/// <summary>
/// Verifies a certificate by its number, for anyone: listed or confidential, in any status. A certificate that is
/// not valid says so before anything else.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public class CertificateModel(AppDbContext db) : PageModel
{
    public CertificateVerification? Certificate { get; private set; }
    public string Number { get; private set; } = "";
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? number, CancellationToken ct)
    {
        Number = (number ?? "").Trim();
        Today = Dates.ToDate(db.Time.GetUtcNow());
        Certificate = await RegisterQueries.VerifyAsync(db, number, Today, ct);
        // Our own not-found page, with the way back to the register, rather than the generic one.
        if (Certificate is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>"This certificate is suspended", and so on, for the banner of a certificate that is not valid.</summary>
    public static string Headline(CertificateStatus status) => status switch
    {
        CertificateStatus.Suspended => "This certificate is suspended",
        CertificateStatus.Withdrawn => "This certificate has been withdrawn",
        CertificateStatus.Expired => "This certificate has expired",
        CertificateStatus.Cancelled => "This certificate has been cancelled",
        _ => "This certificate is valid",
    };

    /// <summary>"Suspended since 3 March 2027", "Withdrawn on 3 March 2027".</summary>
    public static string? Since(CertificateVerification c) => c.StatusChangedOn is not { } on ? null : c.Status switch
    {
        CertificateStatus.Suspended => $"Suspended since {Dates.Day(on)}",
        CertificateStatus.Withdrawn => $"Withdrawn on {Dates.Day(on)}",
        CertificateStatus.Expired => $"Expired on {Dates.Day(on)}",
        CertificateStatus.Cancelled => $"Cancelled on {Dates.Day(on)}",
        _ => null,
    };
}
