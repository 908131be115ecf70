using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Skills;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Skills;

/// <summary>Adds an activity to the learning log; <c>?element=</c> fills in the element it came from.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class NewActivityModel(AppDbContext db, LearningLogService learning, CurrentUser user) : PageModel
{
    [BindProperty]
    public ActivityForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? element, CancellationToken ct)
    {
        ViewData[LearningForms.CaseItemsKey] = await LearningForms.CaseItemsAsync(db, ct);
        Input = new ActivityForm { Elements = element };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken ct)
    {
        ViewData[LearningForms.CaseItemsKey] = await LearningForms.CaseItemsAsync(db, ct);
        LearningForms.ReplaceBindingErrors(ModelState);
        if (!ModelState.IsValid) return Page();
        try
        {
            var activity = await learning.AddAsync(organisationId, Input.ToRequest(), user.Actor, ct);
            return Redirect($"/organisations/{organisationId}/learning?added={activity.Id}");
        }
        catch (DomainValidationException e)
        {
            LearningForms.AddErrors(ModelState, e);
            return Page();
        }
    }
}
