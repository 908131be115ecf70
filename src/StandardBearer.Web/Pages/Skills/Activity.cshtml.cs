using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.Skills;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Skills;

/// <summary>One learning activity: change it, record it as evidence, or (admins) go on to delete it.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class ActivityModel(AppDbContext db, LearningLogService learning, CurrentUser user) : PageModel
{
    [BindProperty]
    public ActivityForm Input { get; set; } = new();

    public LearningRow Activity { get; private set; } = null!;
    public bool IsAdmin { get; private set; }
    public string? EvidenceTitle { get; private set; }
    public bool EvidenceDeleted { get; private set; }
    public bool Saved { get; private set; }
    public bool Recorded { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid activityId, bool saved, bool recorded, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, activityId, ct)) return NotFound();
        Input = ActivityForm.From(Activity);
        Saved = saved;
        Recorded = recorded;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid activityId, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, activityId, ct)) return NotFound();
        LearningForms.ReplaceBindingErrors(ModelState);
        if (!ModelState.IsValid) return Page();
        try
        {
            await learning.UpdateAsync(organisationId, activityId, Input.ToRequest(), user.Actor, ct);
            return Redirect($"/organisations/{organisationId}/learning/{activityId}?saved=true");
        }
        catch (DomainValidationException e)
        {
            LearningForms.AddErrors(ModelState, e);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostEvidenceAsync(Guid organisationId, Guid activityId, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, activityId, ct)) return NotFound();
        try
        {
            await learning.RecordAsEvidenceAsync(organisationId, activityId, user.Actor, ct);
        }
        catch (ConflictException e)
        {
            Input = ActivityForm.From(Activity);
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        return Redirect($"/organisations/{organisationId}/learning/{activityId}?recorded=true");
    }

    private async Task<bool> LoadAsync(Guid organisationId, Guid activityId, CancellationToken ct)
    {
        if (await SkillsQueries.ActivityAsync(db, organisationId, activityId, ct) is not { } activity) return false;
        Activity = activity;
        IsAdmin = (await user.MembershipsAsync(ct)).Any(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin);
        if (activity.EvidenceItemId is { } itemId)
        {
            var found = await db.Set<EvidenceItem>().Where(i => i.Id == itemId).Select(i => new { i.Title, i.DeletedAt }).SingleOrDefaultAsync(ct);
            EvidenceTitle = found?.Title;
            EvidenceDeleted = found?.DeletedAt is not null;
        }
        ViewData[LearningForms.CaseItemsKey] = await LearningForms.CaseItemsAsync(db, ct);
        return true;
    }
}
