using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// The lead assessor confirms releasing the draft report to the organisation. The page lists what will go; the
/// service decides whether it may (the lead only, everything rated, the summary written), and says why not.
/// </summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class ReleaseReportModel(AppDbContext db, AssessmentService service, CurrentUser user) : PageModel
{
    public AssessmentReport Report { get; private set; } = null!;
    public bool IsLead { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, ct)) return NotFound();
        try
        {
            await service.ReleaseReportAsync(bodyId, assessmentId, user.Actor, ct);
            return Redirect($"{AssessmentPages.BodyPath(bodyId, assessmentId)}/report?released=true");
        }
        catch (DomainValidationException e)
        {
            // Nothing to type on this page: the messages say what to write first, on the summary page.
            foreach (var message in e.Errors.SelectMany(x => x.Value)) ModelState.AddModelError("", message);
        }
        catch (Exception e) when (e is ConflictException or ForbiddenException)
        {
            ModelState.AddModelError("", e.Message);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return false;
        Report = await AssessmentReport.LoadAsync(db, access, ct);
        IsLead = access.IsLeadAssessor;
        return true;
    }
}
