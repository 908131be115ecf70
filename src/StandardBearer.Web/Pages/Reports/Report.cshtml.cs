using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Reports;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Reports;

/// <summary>
/// One year's board report, section by section, with its downloads (page handlers, so the link crawl and the access
/// rules are the page's). Admins change a section, refresh an edited one from the data, or regenerate the whole report;
/// regenerating keeps every edit. 404 until the report has been generated.
/// </summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class ReportModel(AppDbContext db, BoardReportService service, CurrentUser user) : PageModel
{
    public BoardReportDocument Report { get; private set; } = null!;
    public bool IsAdmin { get; private set; }
    public string? Banner { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, int year, bool generated, bool regenerated, int? saved, int? refreshed, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, year, ct)) return NotFound();
        Banner = generated ? "Report drafted from your records"
            : regenerated ? "Report regenerated from your latest records"
            : saved is { } s ? $"Section {s} saved"
            : refreshed is { } r ? $"Section {r} refreshed from your records"
            : null;
        return Page();
    }

    public Task<IActionResult> OnGetDocxAsync(Guid organisationId, int year, CancellationToken ct) => DownloadAsync(organisationId, year, "docx", ct);

    public Task<IActionResult> OnGetPdfAsync(Guid organisationId, int year, CancellationToken ct) => DownloadAsync(organisationId, year, "pdf", ct);

    public Task<IActionResult> OnGetHtmlAsync(Guid organisationId, int year, CancellationToken ct) => DownloadAsync(organisationId, year, "html", ct);

    public Task<IActionResult> OnGetMarkdownAsync(Guid organisationId, int year, CancellationToken ct) => DownloadAsync(organisationId, year, "md", ct);

    public async Task<IActionResult> OnPostRegenerateAsync(Guid organisationId, int year, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, year, ct)) return NotFound();
        if (!IsAdmin) return StatusCode(StatusCodes.Status403Forbidden);
        await service.GenerateAsync(organisationId, year, user.Actor, ct);
        return Redirect($"{BoardReportPages.Path(organisationId, year)}?regenerated=true");
    }

    public async Task<IActionResult> OnPostRefreshAsync(Guid organisationId, int year, int number, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, year, ct) || Report.Sections.All(s => s.Number != number)) return NotFound();
        if (!IsAdmin) return StatusCode(StatusCodes.Status403Forbidden);
        await service.RefreshSectionAsync(organisationId, year, number, user.Actor, ct);
        return Redirect($"{BoardReportPages.Path(organisationId, year)}?refreshed={number}#section-{number}");
    }

    private async Task<IActionResult> DownloadAsync(Guid organisationId, int year, string format, CancellationToken ct)
    {
        if (await BoardReportQueries.GetAsync(db, organisationId, year, ct) is not { } document) return NotFound();
        var file = BoardReportPages.File(document, format)!;
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<bool> LoadAsync(Guid organisationId, int year, CancellationToken ct)
    {
        if (await BoardReportQueries.GetAsync(db, organisationId, year, ct) is not { } document) return false;
        Report = document;
        IsAdmin = await BoardReportPages.IsAdminAsync(user, organisationId, ct);
        return true;
    }
}
