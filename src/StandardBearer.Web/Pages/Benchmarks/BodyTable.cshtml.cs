using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>The body's league table with names, for its admins: filters, the points used, and CSV or XLSX downloads (?handler=Download&amp;format=csv).</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class BodyTableModel(AppDbContext db, TimeProvider time) : PageModel
{
    public BenchmarkTable Table { get; private set; } = null!;
    public BenchmarkFilters Filters { get; private set; } = null!;
    public BenchmarkFilterForm Form { get; private set; } = null!;

    public async Task OnGetAsync(Guid bodyId, string? year, string? sector, string? region, string? size, CancellationToken ct) =>
        await LoadAsync(bodyId, new BenchmarkFilters(year, sector, region, size), ct);

    /// <summary>The same table as CSV or XLSX: <c>?handler=Download&amp;format=csv</c> with the page's filters.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid bodyId, string? year, string? sector, string? region, string? size, string? format, CancellationToken ct)
    {
        await LoadAsync(bodyId, new BenchmarkFilters(year, sector, region, size), ct);
        return BenchmarkPages.Download(Table, format, ModelState) ?? Page();
    }

    public static string PagePath(Guid bodyId) => $"/bodies/{bodyId}/benchmarks";

    private async Task LoadAsync(Guid bodyId, BenchmarkFilters filters, CancellationToken ct)
    {
        var today = Dates.Today(time);
        Filters = filters;
        var request = BenchmarkPages.Read(Filters, today, ModelState);
        var data = await BenchmarkQueries.LoadAsync(db, BenchmarkQueries.DefaultStandard, ct);
        Table = Core.Benchmarking.Benchmarks.Table(data, bodyId, request.AsOf, request.Group);
        Form = BenchmarkPages.Form(PagePath(bodyId), request, data, today);
    }
}
