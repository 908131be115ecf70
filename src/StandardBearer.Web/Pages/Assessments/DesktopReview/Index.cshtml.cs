using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments.DesktopReview;

/// <summary>The desktop review's task list: every element of the snapshot with its self-rating and whether it has been reviewed.</summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public KeyInformation Key { get; private set; } = null!;
    public ReviewProgress Progress { get; private set; } = null!;
    public IReadOnlyList<ReviewCriterion> Criteria { get; private set; } = [];
    public string AssessmentPath { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        Key = await AssessmentKeyInformation.ForAsync(db, access, ct);
        Progress = await AssessmentQueries.ProgressAsync(db, access, ct);
        Criteria = await ReviewQueries.TaskListAsync(db, access, await ReviewQueries.TreeAsync(db, access, ct), ct);
        AssessmentPath = AssessmentPages.BodyPath(bodyId, assessmentId);
        return Page();
    }
}
