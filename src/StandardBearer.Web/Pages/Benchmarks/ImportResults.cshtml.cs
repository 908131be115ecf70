using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>
/// A body's admin brings in its past results from a spreadsheet (one row per element rating), for benchmarking. All
/// or nothing: a file with any bad row is listed back line by line and nothing is written.
/// </summary>
[AllowRoles(Role.CertificationBodyAdmin)]
[ResultsUploadLimits]
public class ImportResultsModel(AppDbContext db, ResultsImportService imports, CurrentUser user) : PageModel
{
    public const string StandardCode = "CSE";

    [BindProperty]
    [Required(ErrorMessage = "Select a CSV file of results")]
    [Display(Name = "Results file")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool CreateMissing { get; set; }

    [BindProperty]
    [Display(Name = "Version of the standard")]
    public string? Version { get; set; }

    public string BodyName { get; private set; } = "";
    public IReadOnlyList<SelectListItem> VersionItems { get; private set; } = [];
    public IReadOnlyList<ResultsImportRow> History { get; private set; } = [];
    public IReadOnlyList<ResultsImportProblem> Problems { get; private set; } = [];
    public int ProblemsNotListed { get; private set; }
    public ResultsImportRow? Imported { get; private set; }

    public static string PagePath(Guid bodyId) => $"/bodies/{bodyId}/results/import";

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid? imported, bool tooLarge, CancellationToken ct)
    {
        await LoadAsync(bodyId, ct);
        if (imported is { } id) Imported = await ResultsImportQueries.FindAsync(db, bodyId, id, ct);
        if (tooLarge) ModelState.AddModelError(nameof(Upload), TooLargeMessage);
        return Page();
    }

    /// <summary>A results file to start from: the header and a few example rows in the body's own name.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(Guid bodyId, CancellationToken ct)
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

    public async Task<IActionResult> OnPostAsync(Guid bodyId, CancellationToken ct)
    {
        await LoadAsync(bodyId, ct);
        if (!VersionItems.Any(v => v.Value == Version)) ModelState.AddModelError(nameof(Version), "Select the version of the standard the results were assessed against");
        if (Upload is { Length: 0 }) ModelState.AddModelError(nameof(Upload), "The selected file is empty");
        else if (Upload is { Length: > ResultsImportService.MaxBytes }) ModelState.AddModelError(nameof(Upload), TooLargeMessage);
        if (!ModelState.IsValid) return Page();

        ResultsImportReport report;
        await using (var stream = Upload!.OpenReadStream())
        {
            report = await imports.ImportAsync(stream, new ResultsImportOptions
            {
                FileName = Upload.FileName, StandardCode = StandardCode, VersionLabel = Version, CreateMissing = CreateMissing, OnlyBodyId = bodyId,
            }, user.Actor, ct);
        }
        if (!report.Succeeded)
        {
            Problems = report.Problems;
            ProblemsNotListed = report.ProblemsNotListed;
            ModelState.AddModelError(nameof(Upload), report.TotalProblems == 1
                ? "The selected file has a problem, so nothing was imported: fix it and upload the file again"
                : $"The selected file has {report.TotalProblems:N0} problems, so nothing was imported: fix them and upload the file again");
            return Page();
        }
        return Redirect($"{PagePath(bodyId)}?imported={report.ImportId}");
    }

    private static string TooLargeMessage => $"The selected file must be smaller than {ResultsImportService.MaxBytes / (1024 * 1024)} MB";

    private async Task LoadAsync(Guid bodyId, CancellationToken ct)
    {
        BodyName = await db.CertificationBodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(ct);
        var versions = await StandardCatalogue.PublishedAsync(db, StandardCode, ct);
        Version ??= versions.FirstOrDefault()?.Label;
        VersionItems = versions.Select((v, i) => new SelectListItem(i == 0 ? $"{v.Label} (current)" : v.Label, v.Label)).ToList();
        History = await ResultsImportQueries.HistoryAsync(db, bodyId, ct);
    }
}
