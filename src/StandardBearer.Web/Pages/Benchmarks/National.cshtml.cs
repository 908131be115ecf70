using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>
/// The standard owner's national table: every body's holders with names, scored on the standard's default points so
/// bodies' own schemes do not skew it. A deliberate cross-tenant read (BenchmarkQueries reads every tenant).
/// </summary>
[AllowRoles(Role.StandardOwner)]
public class NationalModel(AppDbContext db, TimeProvider time) : PageModel
{
    public const string PagePath = "/benchmarks/national";

    public BenchmarkTable Table { get; private set; } = null!;
    public BenchmarkFilters Filters { get; private set; } = null!;
    public BenchmarkFilterForm Form { get; private set; } = null!;

    public async Task OnGetAsync(string? year, string? sector, string? region, string? size, CancellationToken ct) =>
        await LoadAsync(new BenchmarkFilters(year, sector, region, size), ct);

    /// <summary>The same table as CSV or XLSX: <c>?handler=Download&amp;format=csv</c> with the page's filters.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? year, string? sector, string? region, string? size, string? format, CancellationToken ct)
    {
        await LoadAsync(new BenchmarkFilters(year, sector, region, size), ct);
        return BenchmarkPages.Download(Table, format, ModelState) ?? Page();
    }

    private async Task LoadAsync(BenchmarkFilters filters, CancellationToken ct)
    {
        var today = Dates.Today(time);
        Filters = filters;
        var request = BenchmarkPages.Read(Filters, today, ModelState);
        var data = await BenchmarkQueries.LoadAsync(db, BenchmarkQueries.DefaultStandard, ct);
        Table = Core.Benchmarking.Benchmarks.Table(data, null, request.AsOf, request.Group);
        Form = BenchmarkPages.Form(PagePath, request, data, today);
    }
}
