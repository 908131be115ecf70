using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments.DesktopReview;

/// <summary>Every evidence request of the assessment, open ones first, with the organisation's answers.</summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class RequestsModel(AppDbContext db, CurrentUser user, TimeProvider time) : PageModel
{
    public KeyInformation Key { get; private set; } = null!;
    public IReadOnlyList<EvidenceRequestView> Open { get; private set; } = [];
    public IReadOnlyList<EvidenceRequestView> Answered { get; private set; } = [];
    public string AssessmentPath { get; private set; } = "";
    public bool CanRequest { get; private set; }
    public bool Raised { get; private set; }
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, bool raised, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        Key = await AssessmentKeyInformation.ForAsync(db, access, ct);
        var requests = await ReviewQueries.RequestsAsync(db, access, await ReviewQueries.TreeAsync(db, access, ct), null, ct);
        Open = requests.Where(r => r.Status == EvidenceRequestStatus.Open).OrderBy(r => r.DueOn).ToList();
        Answered = requests.Where(r => r.Status == EvidenceRequestStatus.Answered).OrderByDescending(r => r.AnsweredAt).ToList();
        AssessmentPath = AssessmentPages.BodyPath(bodyId, assessmentId);
        CanRequest = access.IsAssessor && access.Status is AssessmentStatus.DesktopReview or AssessmentStatus.OnSite;
        Raised = raised;
        return Page();
    }
}
