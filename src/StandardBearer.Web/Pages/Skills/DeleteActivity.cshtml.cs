using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Skills;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Skills;

/// <summary>Confirms deleting a learning activity. Only admins delete; members add and change.</summary>
[AllowRoles(Role.OrganisationAdmin)]
public class DeleteActivityModel(AppDbContext db, LearningLogService learning, CurrentUser user) : PageModel
{
    public LearningRow Activity { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid activityId, CancellationToken ct)
    {
        if (await SkillsQueries.ActivityAsync(db, organisationId, activityId, ct) is not { } activity) return NotFound();
        Activity = activity;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid activityId, CancellationToken ct)
    {
        if (await SkillsQueries.ActivityAsync(db, organisationId, activityId, ct) is null) return NotFound();
        await learning.DeleteAsync(organisationId, activityId, user.Actor, ct);
        return Redirect($"/organisations/{organisationId}/learning?deleted=true");
    }
}
