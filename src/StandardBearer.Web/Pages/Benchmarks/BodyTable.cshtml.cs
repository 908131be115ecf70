using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>The body's league table with names, for its admins: filters, the points used, and CSV or XLSX downloads (?format=).</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class BodyTableModel(AppDbContext db, TimeProvider time) : PageModel
{
    public BenchmarkTable Table { get; private set; } = null!;
    public BenchmarkFilters Filters { get; private set; } = null!;
    public BenchmarkFilterForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid bodyId, string? year, string? sector, string? region, string? size, string? format, CancellationToken ct)
    {
        var today = Dates.Today(time);
        Filters = new BenchmarkFilters(year, sector, region, size);
        var request = BenchmarkPages.Read(Filters, today, ModelState);
        var data = await BenchmarkQueries.LoadAsync(db, BenchmarkQueries.DefaultStandard, ct);
        Table = Core.Benchmarking.Benchmarks.Table(data, bodyId, request.AsOf, request.Group);
        Form = BenchmarkPages.Form(PagePath(bodyId), request, data, today);
        return BenchmarkPages.Download(Table, format, ModelState) ?? Page();
    }

    public static string PagePath(Guid bodyId) => $"/bodies/{bodyId}/benchmarks";
}
