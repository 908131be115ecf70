using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>For the body's holders, the share at each rating of every element, and the elements most often Partial.</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class BodyElementsModel(AppDbContext db, TimeProvider time) : PageModel
{
    public BenchmarkTable Table { get; private set; } = null!;
    public HeatMap HeatMap { get; private set; } = null!;
    public BenchmarkFilters Filters { get; private set; } = null!;
    public BenchmarkFilterForm Form { get; private set; } = null!;

    public async Task OnGetAsync(Guid bodyId, string? year, string? sector, string? region, string? size, CancellationToken ct)
    {
        var today = Dates.Today(time);
        Filters = new BenchmarkFilters(year, sector, region, size);
        var request = BenchmarkPages.Read(Filters, today, ModelState);
        var data = await BenchmarkQueries.LoadAsync(db, BenchmarkQueries.DefaultStandard, ct);
        Table = Core.Benchmarking.Benchmarks.Table(data, bodyId, request.AsOf, request.Group);
        HeatMap = Core.Benchmarking.Benchmarks.HeatMap(data, Table);
        Form = BenchmarkPages.Form($"/bodies/{bodyId}/benchmarks/elements", request, data, today);
    }
}
