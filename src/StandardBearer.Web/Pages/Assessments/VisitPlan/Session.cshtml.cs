using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments.VisitPlan;

/// <summary>Change a planned session.</summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class SessionModel(AppDbContext db, AssessmentService service, CurrentUser user) : PageModel
{
    [BindProperty]
    public SessionForm Input { get; set; } = new();

    public KeyInformation Key { get; private set; } = null!;
    public VisitSessionView Session { get; private set; } = null!;
    public string AssessmentPath { get; private set; } = "";
    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, Guid sessionId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, sessionId, ct)) return NotFound();
        Input = SessionForm.From(Session);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid assessmentId, Guid sessionId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, sessionId, ct)) return NotFound();
        var request = Input.ToRequest(ModelState, nameof(Input));
        if (!ModelState.IsValid) return Page();
        try
        {
            await service.UpdateSessionAsync(bodyId, assessmentId, sessionId, request, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"{AssessmentPath}/visit?done=changed");
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
