using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Tenants;

public sealed record AuditRow(DateTimeOffset OccurredAt, string ActorName, string Action, string Subject, string? Before, string? After);

/// <summary>One page of audit events, newest first; shared by the tenant and platform audit pages.</summary>
public sealed record AuditListing(IReadOnlyList<AuditRow> Events, int CurrentPage, int TotalPages, int Total)
{
    public static async Task<AuditListing> LoadAsync(IQueryable<AuditEvent> events, int? page, int pageSize, CancellationToken ct)
    {
        var total = await events.CountAsync(ct);
        var totalPages = Math.Max(1, (total + pageSize - 1) / pageSize);
        var current = Math.Clamp(page ?? 1, 1, totalPages);
        var rows = await events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((current - 1) * pageSize).Take(pageSize)
            .Select(e => new AuditRow(e.OccurredAt, e.ActorName, e.Action, e.Subject, e.Before, e.After))
            .ToListAsync(ct);
        return new AuditListing(rows, current, totalPages, total);
    }
}

[AllowRoles(Role.OrganisationAdmin, Role.CertificationBodyAdmin)]
public class AuditModel(AppDbContext db) : TenantPageModel
{
    public const int PageSize = 25;

    public AuditListing Listing { get; private set; } = null!;

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        await LoadTenantNameAsync(db, ct);
        var tenant = Tenant;
        // Scoped by the tenant query filter; the explicit match keeps the intent visible.
        var events = db.AuditEvents.Where(e => e.OrganisationId == tenant.OrganisationId && e.CertificationBodyId == tenant.CertificationBodyId);
        Listing = await AuditListing.LoadAsync(events, p, PageSize, ct);
    }
}
