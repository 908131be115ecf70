using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Skills;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.SelfAssessment;

namespace StandardBearer.Web.Pages.Skills;

/// <summary>An element's champions: its lead owner and the others. Admins and the lead owner add and remove the others.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class ChampionsModel(AppDbContext db, ChampionService champions, CurrentUser user) : PageModel
{
    [BindProperty]
    public AddChampionRequest Input { get; set; } = new();

    public string ElementTitle { get; private set; } = "";
    public IReadOnlyList<ChampionRow> Champions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> PeopleItems { get; private set; } = [];
    public bool CanChange { get; private set; }
    public string? Change { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, string number, string? change, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, number, ct)) return NotFound();
        Change = change is "added" or "removed" ? change : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, string number, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, number, ct)) return NotFound();
        ModelState.ReplaceBindingError($"{nameof(Input)}.{nameof(AddChampionRequest.UserId)}", "Select someone from your organisation");
        if (!ModelState.IsValid) return Page();
        try
        {
            await champions.AddAsync(organisationId, number, Input, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"/organisations/{organisationId}/self-assessment/elements/{number}/champions?change=added");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid organisationId, string number, Guid userId, CancellationToken ct)
    {
        await champions.RemoveAsync(organisationId, number, userId, user.Actor, ct);
        return Redirect($"/organisations/{organisationId}/self-assessment/elements/{number}/champions?change=removed");
    }

    private async Task<bool> LoadAsync(Guid organisationId, string number, CancellationToken ct)
    {
        var open = await SelfAssessmentQueries.OpenAsync(db, organisationId, ct);
        if (open is null) return false;
        var row = await db.Set<ElementSelfAssessment>().Where(e => e.SelfAssessmentId == open.Id && e.ElementNumber == number)
            .Select(e => new { e.Id, e.OwnerUserId }).SingleOrDefaultAsync(ct);
        var title = await db.Elements.Where(e => e.StandardVersionId == open.StandardVersionId && e.Number == number).Select(e => e.Title).SingleOrDefaultAsync(ct);
        if (row is null || title is null) return false;
        ElementTitle = $"{number} {title}";
        Champions = (await ChampionService.ForElementsAsync(db, [row.Id], ct))[row.Id].ToList();
        CanChange = await ChampionService.CanChangeAsync(db, organisationId, row.OwnerUserId, user.UserId, ct);
        var taken = Champions.Select(c => c.UserId).ToHashSet();
        PeopleItems = (await db.Memberships.Where(m => m.OrganisationId == organisationId).OrderBy(m => m.User!.DisplayName)
                .Select(m => new { m.UserId, m.User!.DisplayName }).ToListAsync(ct))
            .DistinctBy(m => m.UserId).Where(m => !taken.Contains(m.UserId))
            .Select(m => new SelectListItem(m.DisplayName, m.UserId.ToString())).Prepend(new SelectListItem("Select someone", "")).ToList();
        return true;
    }
}
