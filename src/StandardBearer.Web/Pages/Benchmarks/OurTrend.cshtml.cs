using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>The organisation's points and rank in its body's table at the end of each year, as a chart and a table.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class OurTrendModel(AppDbContext db, TimeProvider time) : PageModel
{
    public string OrganisationName { get; private set; } = "";
    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken ct)
    {
        Today = Dates.Today(time);
        if (await OrganisationBenchmark.TrendAsync(db, organisationId, Today, ct) is not { } trend) return NotFound();
        Trend = trend;
        OrganisationName = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);
        return Page();
    }
}
