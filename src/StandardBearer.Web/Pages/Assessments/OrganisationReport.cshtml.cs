using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// The report on the organisation's side: nothing (404) until the lead assessor releases it, as if it did not exist.
/// While it is a draft the organisation can send factual-accuracy comments; after the decision the form is gone.
/// </summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class OrganisationReportModel(AppDbContext db, AssessmentService service, CurrentUser user) : PageModel
{
    [BindProperty]
    public AddFactualAccuracyCommentRequest Input { get; set; } = new();

    public AssessmentReport Report { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> ElementItems { get; private set; } = [];
    public bool CanComment { get; private set; }
    public bool Commented { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid assessmentId, bool commented, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, assessmentId, ct)) return NotFound();
        Commented = commented;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid assessmentId, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, assessmentId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            await service.AddFactualAccuracyCommentAsync(organisationId, assessmentId, Input, user.Actor, ct);
            return Redirect($"{AssessmentPages.OrganisationPath(organisationId, assessmentId)}/report?commented=true#factual-accuracy");
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    /// <summary>The results as a spreadsheet, one row per element; the same access as the page.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(Guid organisationId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtOrganisationAsync(db, user, organisationId, assessmentId, ct) is not { CanSeeAssessorWork: true } access) return NotFound();
        var rows = await AssessmentResultsExport.RowsAsync(db, access, ct);
        var key = await AssessmentKeyInformation.ForAsync(db, access, ct);
        return File(AssessmentResultsExport.ToXlsx(rows), Xlsx.ContentType, AssessmentResultsExport.FileName(key.OrganisationName, db.Time.GetUtcNow()));
    }

    private async Task<bool> LoadAsync(Guid organisationId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtOrganisationAsync(db, user, organisationId, assessmentId, ct) is not { } access || !access.CanSeeAssessorWork)
            return false;
        Report = await AssessmentReport.LoadAsync(db, access, ct);
        CanComment = access.Status == AssessmentStatus.ReportReleased;
        ElementItems = Report.Elements.Select(e => new SelectListItem($"{e.Number} {e.Title}", e.Number))
            .Prepend(new SelectListItem("The report as a whole", "")).ToList();
        return true;
    }
}
