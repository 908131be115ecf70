using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Tenants;

public sealed record AuditRow(DateTimeOffset OccurredAt, string ActorName, string Action, string Subject, string? Before, string? After);

[AllowRoles(Role.OrganisationAdmin, Role.CertificationBodyAdmin)]
public class AuditModel(AppDbContext db) : TenantPageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<AuditRow> Events { get; private set; } = [];
    public int CurrentPage { get; private set; }
    public int TotalPages { get; private set; }
    public int Total { get; private set; }

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        await LoadTenantNameAsync(db, ct);
        var tenant = Tenant;
        // Scoped by the tenant query filter; the explicit match keeps the intent visible.
        var events = db.AuditEvents.Where(e => e.OrganisationId == tenant.OrganisationId && e.CertificationBodyId == tenant.CertificationBodyId);
        Total = await events.CountAsync(ct);
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        CurrentPage = Math.Clamp(p ?? 1, 1, TotalPages);
        Events = await events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((CurrentPage - 1) * PageSize).Take(PageSize)
            .Select(e => new AuditRow(e.OccurredAt, e.ActorName, e.Action, e.Subject, e.Before, e.After))
            .ToListAsync(ct);
    }
}
