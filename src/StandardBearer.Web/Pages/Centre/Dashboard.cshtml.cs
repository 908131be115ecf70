using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Centre;

/// <summary>
/// The standard owner's dashboard across every body: holders, how elements are rated, trends and published cases.
/// Every figure comes from <see cref="CentreDashboard"/>; each table downloads as CSV through the Download handler.
/// </summary>
[AllowRoles(Role.StandardOwner)]
public class DashboardModel(AppDbContext db, TimeProvider time) : PageModel
{
    public const string PagePath = "/centre";

    public CentreDashboardFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Figures = await CentreQueries.DashboardAsync(db, Dates.Today(time), ct);

    /// <summary>One table as CSV: <c>?handler=Download&amp;table=elements</c>. An unknown table shows the page with the error.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? table, CancellationToken ct)
    {
        await OnGetAsync(ct);
        if (CentreDashboardExport.ToCsv(Figures, table) is not { } csv)
        {
            ModelState.AddModelError("", $"The table to download must be one of: {string.Join(", ", CentreDashboardExport.Tables)}");
            return Page();
        }
        // With a byte-order mark, so a spreadsheet opening it reads the names as UTF-8.
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8",
            CentreDashboardExport.FileName(Figures, table!));
    }

    public static string DownloadHref(string table) => $"{PagePath}?handler=Download&table={table}";
}
