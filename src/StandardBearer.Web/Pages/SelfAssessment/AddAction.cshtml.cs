using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.SelfAssessment;

[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class AddActionModel(AppDbContext db, ImprovementActionService actions, CurrentUser user) : PageModel
{
    [BindProperty]
    public AddActionRequest Input { get; set; } = new();

    public string ElementTitle { get; private set; } = "";
    public IReadOnlyList<SelectListItem> OwnerItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, string number, CancellationToken ct) =>
        await LoadAsync(organisationId, number, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, string number, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, number, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            await actions.AddAsync(organisationId, number, Input, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"/organisations/{organisationId}/self-assessment/elements/{number}?actionAdded=true");
    }

    private async Task<bool> LoadAsync(Guid organisationId, string number, CancellationToken ct)
    {
        var open = await SelfAssessmentQueries.OpenAsync(db, organisationId, ct);
        if (open is null) return false;
        var title = await db.Elements.Where(e => e.StandardVersionId == open.StandardVersionId && e.Number == number).Select(e => e.Title).SingleOrDefaultAsync(ct);
        if (title is null) return false;
        ElementTitle = $"{number} {title}";
        OwnerItems = (await db.Memberships.Where(m => m.OrganisationId == organisationId).OrderBy(m => m.User!.DisplayName)
            .Select(m => new SelectListItem(m.User!.DisplayName, m.UserId.ToString())).ToListAsync(ct))
            .DistinctBy(o => o.Value).Prepend(new SelectListItem("No owner yet", "")).ToList();
        return true;
    }
}
