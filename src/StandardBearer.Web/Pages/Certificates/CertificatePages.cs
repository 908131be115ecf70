using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;

namespace StandardBearer.Web.Pages.Certificates;

/// <summary>What <c>_CertificateDetails</c> shows: the certificate, read as of <paramref name="Today"/>.</summary>
public sealed record CertificateDetailsView(CertificateDetails Details, DateOnly Today);

/// <summary>One of the body's certificates on its list: where it stands, and what is due next while it is held.</summary>
public sealed record BodyCertificateRow(
    Guid Id, string Number, Guid OrganisationId, string OrganisationName, CertificateStatus Status, DateOnly IssuedOn, DateOnly ExpiresOn,
    CertificateMilestone? NextMilestone, bool AnnualReviewOverdue);

/// <summary>
/// The certificate pages' shared reads: a certificate as the body or the organisation in the route may see it (null
/// means 404), the body's list, and the PDF with its verification URL.
/// </summary>
public static class CertificatePages
{
    public static string BodyPath(Guid bodyId, Guid certificateId) => $"/bodies/{bodyId}/certificates/{certificateId}";

    public static string OrganisationPath(Guid organisationId, Guid certificateId) => $"/organisations/{organisationId}/certificates/{certificateId}";

    /// <summary>The certificate, if <paramref name="bodyId"/> issued it. The tenant filter already hides other bodies' certificates; this says so.</summary>
    public static async Task<CertificateDetails?> AtBodyAsync(AppDbContext db, Guid bodyId, Guid certificateId, DateOnly today, CancellationToken ct) =>
        await CertificateQueries.DetailsAsync(db, certificateId, today, ct) is { } details && details.CertificationBodyId == bodyId ? details : null;

    public static async Task<CertificateDetails?> AtOrganisationAsync(AppDbContext db, Guid organisationId, Guid certificateId, DateOnly today, CancellationToken ct) =>
        await CertificateQueries.DetailsAsync(db, certificateId, today, ct) is { } details && details.OrganisationId == organisationId ? details : null;

    /// <summary>The public verification page for a certificate number, absolute, as printed on the certificate.</summary>
    public static string VerificationUrl(HttpRequest request, string number) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/register/certificates/{Uri.EscapeDataString(number)}";

    public const string PdfContentType = "application/pdf";

    public static string PdfFileName(CertificateDetails details) => $"{details.Number}.pdf";

    public static byte[] Pdf(CertificateDetails details, HttpRequest request, DateOnly today) =>
        CertificatePdf.Write(details.Document(VerificationUrl(request, details.Number), today));

    /// <summary>What a history line did, in the past tense the history table uses.</summary>
    public static string Change(CertificateHistoryLine line) => line.Kind switch
    {
        CertificateEventKind.Issued => "Issued",
        CertificateEventKind.Renewed => "Renewed",
        CertificateEventKind.MadeConfidential => "Taken off the public register",
        CertificateEventKind.MadePublic => "Listed on the public register",
        _ => line.ToStatus switch
        {
            CertificateStatus.Active => "Reinstated",
            CertificateStatus.Suspended => "Suspended",
            CertificateStatus.Withdrawn => "Withdrawn",
            CertificateStatus.Expired => "Expired",
            CertificateStatus.Cancelled => "Cancelled",
            _ => line.ToStatus.ToString(),
        },
    };

    /// <summary>
    /// The body's certificates: overdue annual reviews first (the body may need to suspend), then by what is due
    /// soonest, then ended ones. <paramref name="status"/> filters by the status as of today.
    /// </summary>
    public static async Task<IReadOnlyList<BodyCertificateRow>> ListAsync(AppDbContext db, Guid bodyId, DateOnly today, CertificateStatus? status, CancellationToken ct)
    {
        var certificates = await db.Set<Certificate>().AsNoTracking().Where(c => c.CertificationBodyId == bodyId).ToListAsync(ct);
        var organisationIds = certificates.Select(c => c.OrganisationId).Distinct().ToList();
        var names = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var reviews = await CertificateQueries.AnnualReviewsDoneAsync(db, certificates, ct);
        return certificates
            .Select(c =>
            {
                var milestones = CertificateCycle.Milestones(c.IssuedOn, c.ExpiresOn, reviews[c.Id]);
                var now = c.StatusOn(today);
                var held = now is CertificateStatus.Active or CertificateStatus.Suspended;
                return new BodyCertificateRow(c.Id, c.Number, c.OrganisationId, names.GetValueOrDefault(c.OrganisationId) ?? "", now, c.IssuedOn, c.ExpiresOn,
                    held ? milestones.FirstOrDefault(m => !m.Done) : null,
                    held && milestones.Any(m => m.Kind != CertificateMilestoneKind.Reassessment && m.IsOverdueOn(today)));
            })
            .Where(r => status is null || r.Status == status)
            .OrderByDescending(r => r.AnnualReviewOverdue)
            .ThenBy(r => r.NextMilestone?.DueOn ?? DateOnly.MaxValue)
            .ThenBy(r => r.Number, StringComparer.Ordinal)
            .ToList();
    }
}
