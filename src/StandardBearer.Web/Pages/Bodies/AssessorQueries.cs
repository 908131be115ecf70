using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Data;

namespace StandardBearer.Web.Pages.Bodies;

public sealed record AssessorRow(Guid UserId, string Name, string Email, DateTimeOffset? DeactivatedAt)
{
    public bool IsActive => DeactivatedAt is null;
}

public sealed record ConflictRow(Guid Id, Guid AssessorUserId, string AssessorName, Guid OrganisationId, string OrganisationName, string Reason, DateTimeOffset DeclaredAt);

/// <summary>A body's assessors and their standing conflicts of interest, read once for the pages and the API.</summary>
public static class AssessorQueries
{
    public static Task<List<AssessorRow>> AssessorsAsync(AppDbContext db, Guid bodyId, CancellationToken ct = default) =>
        db.Memberships.Where(m => m.CertificationBodyId == bodyId && m.Role == Role.Assessor)
            .OrderBy(m => m.User!.DisplayName)
            .Select(m => new AssessorRow(m.UserId, m.User!.DisplayName, m.User.Email!, m.DeactivatedAt))
            .ToListAsync(ct);

    /// <summary>Conflicts still standing (not withdrawn), by assessor then organisation.</summary>
    public static async Task<List<ConflictRow>> ConflictsAsync(AppDbContext db, Guid bodyId, CancellationToken ct = default)
    {
        var rows = await db.Set<AssessorConflict>().Where(c => c.CertificationBodyId == bodyId && c.WithdrawnAt == null)
            .Select(c => new ConflictRow(c.Id, c.AssessorUserId,
                db.Users.Where(u => u.Id == c.AssessorUserId).Select(u => u.DisplayName).First(),
                c.OrganisationId,
                db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(),
                c.Reason, c.DeclaredAt))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.AssessorName, StringComparer.CurrentCulture).ThenBy(r => r.OrganisationName, StringComparer.CurrentCulture).ToList();
    }
}
