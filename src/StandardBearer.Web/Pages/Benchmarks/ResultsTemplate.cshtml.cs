using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>A results file to start from: the header and a few example rows in the body's own name.</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class ResultsTemplateModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid bodyId, CancellationToken ct)
    {
        var body = await db.CertificationBodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(ct);
        return File(Template(body), "text/csv; charset=utf-8", "results-template.csv");
    }

    public static byte[] Template(string bodyName)
    {
        string[][] rows =
        [
            ["Riverside Borough Council", "Local government", "North West", bodyName, "2024-03-31", "Initial", "1.1.1", "Compliance Plus"],
            ["Riverside Borough Council", "Local government", "North West", bodyName, "2024-03-31", "Initial", "1.1.2", "Compliance"],
            ["Riverside Borough Council", "Local government", "North West", bodyName, "2025-03-28", "AnnualReview", "1.1.2", "Partial Compliance"],
        ];
        // A byte-order mark, so a spreadsheet opening the file reads names like "Ynys Môn" as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv.Write(ResultsImportService.Columns, rows))];
    }
}
