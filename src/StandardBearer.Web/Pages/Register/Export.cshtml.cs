using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Register;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Register;

/// <summary>The register's holders for the chosen filters as a download, in the IAF CertSearch upload layout.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public class ExportModel(AppDbContext db) : PageModel
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<IActionResult> OnGetAsync(string? format, string? query, string? sector, string? region, string? body, CancellationToken ct)
    {
        var kind = format?.Trim().ToLowerInvariant();
        if (kind is not ("csv" or "xlsx")) return BadRequest();
        // As on the register page, a filter value that cannot be read is left out.
        var filters = new RegisterFilters(query, sector, region, body, null, null).ToQuery(out _);
        var today = Dates.ToDate(db.Time.GetUtcNow());
        var rows = await RegisterExport.PublicAsync(db, filters, today, ct);
        var name = $"register-of-holders-{today:yyyy-MM-dd}";
        return kind == "xlsx"
            ? File(RegisterExport.ToXlsx(rows), XlsxType, $"{name}.xlsx")
            // With a byte-order mark, so a spreadsheet opening it reads the names as UTF-8.
            : File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(RegisterExport.ToCsv(rows))).ToArray(), "text/csv; charset=utf-8", $"{name}.csv");
    }
}
