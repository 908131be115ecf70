using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// The organisation's view of one assessment: what it applied for, where it has got to, what the assessor has
/// asked for, and, once released, the report; once decided, the outcome and certificate.
/// </summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class OurAssessmentModel(AppDbContext db, CurrentUser user) : PageModel
{
    public KeyInformation Info { get; private set; } = null!;
    public IReadOnlyList<EvidenceRequestRow> Requests { get; private set; } = [];
    public bool HasVisitPlan { get; private set; }
    public DateOnly Today { get; private set; }
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid assessmentId, string? done, CancellationToken ct)
    {
        var access = await AssessmentPages.AtOrganisationAsync(db, user, organisationId, assessmentId, ct);
        if (access is null) return NotFound();
        Info = await AssessmentKeyInformation.ForAsync(db, access, ct);
        Requests = await OrganisationAssessmentQueries.RequestsAsync(db, organisationId, assessmentId, ct);
        HasVisitPlan = await db.Set<VisitSession>().AnyAsync(s => s.AssessmentId == assessmentId, ct);
        Today = DateOnly.FromDateTime(db.Time.GetUtcNow().UtcDateTime);
        Done = done is "applied" or "answered" or "commented" ? done : null;
        return Page();
    }
}
