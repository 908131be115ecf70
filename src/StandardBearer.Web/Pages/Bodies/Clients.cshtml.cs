using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Bodies;

public sealed record ClientCertificate(Guid Id, string Number, CertificateStatus Status, DateOnly ExpiresOn);

public sealed record ClientRow(
    Guid OrganisationId, string Name, int Assessments, Guid LatestAssessmentId, AssessmentType LatestType, AssessmentStatus LatestStatus, ClientCertificate? Certificate,
    string? HeldSince);

/// <summary>The organisations that have applied to or been assessed by this body, with where each stands now.</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class ClientsModel(AppDbContext db) : PageModel
{
    public string BodyName { get; private set; } = "";
    public IReadOnlyList<ClientRow> Clients { get; private set; } = [];

    public async Task OnGetAsync(Guid bodyId, CancellationToken ct)
    {
        BodyName = await db.CertificationBodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(ct);
        var assessments = await db.Set<Assessment>().Where(a => a.CertificationBodyId == bodyId)
            .Select(a => new { a.Id, a.OrganisationId, a.Type, a.Status, a.AppliedAt }).ToListAsync(ct);
        var organisationIds = assessments.Select(a => a.OrganisationId).Distinct().ToList();
        var names = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        // The certificate this body issued most recently to each client: the one that says where they stand with it.
        var certificates = (await db.Set<Certificate>().AsNoTracking().Where(c => c.CertificationBodyId == bodyId).ToListAsync(ct))
            .GroupBy(c => c.OrganisationId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Number, StringComparer.Ordinal).First());
        var today = Dates.ToDate(db.Time.GetUtcNow());
        var holdings = await CertificateQueries.HoldingsAsync(db, organisationIds, today, ct);
        Clients = assessments.GroupBy(a => a.OrganisationId)
            .Select(g =>
            {
                var latest = g.OrderByDescending(a => a.AppliedAt).First();
                var certificate = certificates.GetValueOrDefault(g.Key);
                return new ClientRow(g.Key, names.GetValueOrDefault(g.Key) ?? "", g.Count(), latest.Id, latest.Type, latest.Status,
                    certificate is null ? null : new ClientCertificate(certificate.Id, certificate.Number, certificate.StatusOn(today), certificate.ExpiresOn),
                    holdings.GetValueOrDefault(g.Key)?.Sentence);
            })
            .OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
    }
}
