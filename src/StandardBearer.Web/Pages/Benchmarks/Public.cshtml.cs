using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>
/// The public league table: only holders that agreed to publish their results, ranked among themselves, and nothing
/// for a group with fewer than <see cref="BenchmarkViews.MinimumGroup"/> of them (they could be picked out).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public class PublicModel(AppDbContext db, TimeProvider time) : PageModel
{
    public PublicTable Published { get; private set; } = null!;
    public BenchmarkFilterForm Form { get; private set; } = null!;

    public async Task OnGetAsync(string? year, string? sector, string? region, string? size, CancellationToken ct)
    {
        var today = Dates.Today(time);
        var request = BenchmarkPages.Read(new BenchmarkFilters(year, sector, region, size), today, ModelState);
        var data = await BenchmarkQueries.LoadAsync(db, BenchmarkQueries.DefaultStandard, ct);
        Published = BenchmarkViews.ForPublic(Core.Benchmarking.Benchmarks.Table(data, null, request.AsOf, request.Group));
        Form = BenchmarkPages.Form("/benchmarks", request, data, today);
    }
}
