using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Evidence;

/// <summary>Changes what an item is (title, kind, owner, dates, tags). What was uploaded changes only by a new version.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class EditModel(AppDbContext db, EvidenceService evidence, CurrentUser user) : PageModel
{
    [BindProperty]
    public EvidenceDetailsRequest Input { get; set; } = new();

    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid itemId, CancellationToken ct)
    {
        if (await EvidenceQueries.ItemAsync(db, organisationId, itemId, ct) is not { DeletedAt: null } item) return NotFound();
        Title = item.Title;
        Input = new EvidenceDetailsRequest
        {
            Title = item.Title, Description = item.Description, Kind = item.Kind, OwnerUserId = item.OwnerUserId,
            EffectiveFrom = item.EffectiveFrom, EffectiveTo = item.EffectiveTo, Tags = string.Join(", ", item.Tags),
        };
        ViewData[EvidenceForms.OwnerItemsKey] = await EvidenceForms.OwnerItemsAsync(db, organisationId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid itemId, CancellationToken ct)
    {
        if (await EvidenceQueries.LiveTitleAsync(db, organisationId, itemId, ct) is not { } title) return NotFound();
        Title = title;
        ViewData[EvidenceForms.OwnerItemsKey] = await EvidenceForms.OwnerItemsAsync(db, organisationId, ct);
        if (!ModelState.IsValid) return Page();
        try
        {
            await evidence.UpdateAsync(organisationId, itemId, Input, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            EvidenceForms.AddErrors(ModelState, e);
            return Page();
        }
        return Redirect($"/organisations/{organisationId}/evidence/{itemId}?updated=true");
    }
}
