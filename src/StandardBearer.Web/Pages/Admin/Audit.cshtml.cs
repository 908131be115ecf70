using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Tenants;

namespace StandardBearer.Web.Pages.Admin;

[AllowRoles(Role.StandardOwner)]
public class AuditModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<AuditRow> Events { get; private set; } = [];
    public int CurrentPage { get; private set; }
    public int TotalPages { get; private set; }
    public int Total { get; private set; }

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        // The standard owner sees every tenant's events: a deliberate cross-tenant read.
        var events = db.AuditEvents.IgnoreQueryFilters();
        Total = await events.CountAsync(ct);
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        CurrentPage = Math.Clamp(p ?? 1, 1, TotalPages);
        Events = await events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((CurrentPage - 1) * PageSize).Take(PageSize)
            .Select(e => new AuditRow(e.OccurredAt, e.ActorName, e.Action, e.Subject, e.Before, e.After))
            .ToListAsync(ct);
    }
}
