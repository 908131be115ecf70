using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Evidence;

/// <summary>Confirms deleting an item, naming the elements of the open self-assessment that will lose it.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class DeleteModel(AppDbContext db, EvidenceService evidence, CurrentUser user) : PageModel
{
    public string Title { get; private set; } = "";
    public IReadOnlyList<ElementRef> Elements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid itemId, CancellationToken ct)
    {
        if (await EvidenceQueries.LiveTitleAsync(db, organisationId, itemId, ct) is not { } title) return NotFound();
        Title = title;
        Elements = await EvidenceQueries.OpenElementsUsingAsync(db, organisationId, itemId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid itemId, CancellationToken ct)
    {
        if (await EvidenceQueries.LiveTitleAsync(db, organisationId, itemId, ct) is null) return NotFound();
        await evidence.DeleteAsync(organisationId, itemId, user.Actor, ct);
        return Redirect($"/organisations/{organisationId}/evidence?deleted=true");
    }
}
