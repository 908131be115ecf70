using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments.VisitPlan;

/// <summary>Confirms taking a session off the plan. The service refuses once the session has notes.</summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class RemoveSessionModel(AppDbContext db, AssessmentService service, CurrentUser user) : PageModel
{
    public KeyInformation Key { get; private set; } = null!;
    public VisitSessionView Session { get; private set; } = null!;
    public string AssessmentPath { get; private set; } = "";
    public bool CanChange { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, Guid sessionId, CancellationToken ct) =>
        await LoadAsync(bodyId, assessmentId, sessionId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid assessmentId, Guid sessionId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, sessionId, ct)) return NotFound();
        try
        {
            await service.RemoveSessionAsync(bodyId, assessmentId, sessionId, user.Actor, ct);
        }
        catch (ConflictException e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect($"{AssessmentPath}/visit?done=removed");
    }

    private async Task<bool> LoadAsync(Guid bodyId, Guid assessmentId, Guid sessionId, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return false;
        if (await VisitPlanQueries.SessionAsync(db, access, sessionId, ct) is not { } session) return false;
        Session = session;
        Key = await AssessmentKeyInformation.ForAsync(db, access, ct);
        AssessmentPath = AssessmentPages.BodyPath(bodyId, assessmentId);
        CanChange = VisitPlanPages.CanChange(access);
        return true;
    }
}
