using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Email;

/// <summary>Who hears about a tenant's business: its admins. Read across tenants on purpose, since the sender is usually the other side.</summary>
public static class Recipients
{
    public static Task<List<string>> OrganisationAdminsAsync(this AppDbContext db, Guid organisationId, CancellationToken ct) =>
        db.Memberships.IgnoreQueryFilters().Where(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin)
            .Select(m => m.User!.Email!).Where(e => e != null).Distinct().ToListAsync(ct);

    public static Task<List<string>> BodyAdminsAsync(this AppDbContext db, Guid bodyId, CancellationToken ct) =>
        db.Memberships.IgnoreQueryFilters().Where(m => m.CertificationBodyId == bodyId && m.Role == Role.CertificationBodyAdmin)
            .Select(m => m.User!.Email!).Where(e => e != null).Distinct().ToListAsync(ct);

    public static async Task SendToAllAsync(this IEmailSender email, IEnumerable<string> recipients, string subject, string body, CancellationToken ct)
    {
        foreach (var to in recipients)
            await email.SendAsync(new EmailMessage(to, subject, body), ct);
    }
}
