using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Reports;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Reports;

/// <summary>The year typed as text, so that "twenty" gets our own GOV.UK message rather than the binder's.</summary>
public sealed class GenerateBoardReportForm
{
    public string? Year { get; set; }
}

/// <summary>
/// The organisation's board reports: each year with a released assessment or a report, and whether the report exists.
/// Admins generate (or open) the report for any year from 2000 to next year; members open the ones that exist.
/// </summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class IndexModel(AppDbContext db, BoardReportService service, CurrentUser user) : PageModel
{
    [BindProperty]
    public GenerateBoardReportForm Input { get; set; } = new();

    public IReadOnlyList<BoardReportYear> Years { get; private set; } = [];
    public bool IsAdmin { get; private set; }
    public Guid OrganisationId { get; private set; }

    public async Task OnGetAsync(Guid organisationId, CancellationToken ct)
    {
        await LoadAsync(organisationId, ct);
        // Suggest the latest assessed year that has no report yet.
        Input.Year = Years.FirstOrDefault(y => y.HasAssessment && !y.Exists)?.Year.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken ct)
    {
        await LoadAsync(organisationId, ct);
        if (!IsAdmin) return StatusCode(StatusCodes.Status403Forbidden);
        var key = $"{nameof(Input)}.{nameof(Input.Year)}";
        ModelState.Remove(key);
        var text = Input.Year?.Trim();
        if (string.IsNullOrEmpty(text)) ModelState.AddModelError(key, "Enter the year of the report");
        else if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) ModelState.AddModelError(key, "The year must be a number, like 2026");
        else if (BoardReportPages.YearError(parsed, db.Time) is { } error) ModelState.AddModelError(key, error);
        if (!ModelState.IsValid) return Page();

        var year = int.Parse(text!, CultureInfo.InvariantCulture);
        if (Years.Any(y => y.Year == year && y.Exists)) return Redirect(BoardReportPages.Path(organisationId, year));
        await service.GenerateAsync(organisationId, year, user.Actor, ct);
        return Redirect($"{BoardReportPages.Path(organisationId, year)}?generated=true");
    }

    private async Task LoadAsync(Guid organisationId, CancellationToken ct)
    {
        OrganisationId = organisationId;
        IsAdmin = await BoardReportPages.IsAdminAsync(user, organisationId, ct);
        Years = await BoardReportPages.YearsAsync(db, organisationId, ct);
    }
}
