using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Bodies;

/// <summary>The body's assessors: who is active, what conflicts of interest they have declared, and the buttons to change either.</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class AssessorsModel(AppDbContext db, CertificationBodyService bodies, CurrentUser user) : PageModel
{
    public string BodyName { get; private set; } = "";
    public IReadOnlyList<AssessorRow> Assessors { get; private set; } = [];
    public IReadOnlyList<ConflictRow> Conflicts { get; private set; } = [];
    public string? Success { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(Guid bodyId, string? done, CancellationToken ct)
    {
        Success = done switch
        {
            "deactivated" => "Assessor deactivated",
            "reactivated" => "Assessor reactivated",
            "declared" => "Conflict of interest declared",
            "withdrawn" => "Conflict of interest withdrawn",
            _ => null,
        };
        await LoadAsync(bodyId, ct);
    }

    public Task<IActionResult> OnPostDeactivateAsync(Guid bodyId, Guid userId, CancellationToken ct) =>
        RunAsync(bodyId, () => bodies.DeactivateAssessorAsync(bodyId, userId, user.Actor, ct), "deactivated", ct);

    public Task<IActionResult> OnPostReactivateAsync(Guid bodyId, Guid userId, CancellationToken ct) =>
        RunAsync(bodyId, () => bodies.ReactivateAssessorAsync(bodyId, userId, user.Actor, ct), "reactivated", ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid bodyId, Guid conflictId, CancellationToken ct) =>
        RunAsync(bodyId, () => bodies.WithdrawConflictAsync(bodyId, conflictId, user.Actor, ct), "withdrawn", ct);

    private async Task<IActionResult> RunAsync(Guid bodyId, Func<Task> action, string done, CancellationToken ct)
    {
        try
        {
            await action();
            return Redirect($"/bodies/{bodyId}/assessors?done={done}");
        }
        catch (ConflictException e)
        {
            // Already done, perhaps by another admin in another tab: say so and show the list as it is now.
            Problem = e.Message;
            await LoadAsync(bodyId, ct);
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }
    }

    private async Task LoadAsync(Guid bodyId, CancellationToken ct)
    {
        BodyName = await db.CertificationBodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(ct);
        Assessors = await AssessorQueries.AssessorsAsync(db, bodyId, ct);
        Conflicts = await AssessorQueries.ConflictsAsync(db, bodyId, ct);
    }
}
