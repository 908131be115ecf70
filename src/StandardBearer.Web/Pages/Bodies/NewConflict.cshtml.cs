using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Bodies;

/// <summary>Records that one of the body's assessors must not assess an organisation, and why.</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class NewConflictModel(AppDbContext db, CertificationBodyService bodies, CurrentUser user) : PageModel
{
    [BindProperty]
    public DeclareConflictRequest Input { get; set; } = new();

    public string AssessorName { get; private set; } = "";
    public IReadOnlyList<SelectListItem> OrganisationItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid userId, CancellationToken ct) =>
        await LoadAsync(bodyId, userId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid userId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, userId, ct)) return NotFound();
        // The assessor comes from the address, not the form.
        Input = Input with { AssessorUserId = userId };
        ModelState.Remove($"{nameof(Input)}.{nameof(DeclareConflictRequest.AssessorUserId)}");
        if (!ModelState.IsValid) return Page();
        try
        {
            await bodies.DeclareConflictAsync(bodyId, Input, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"/bodies/{bodyId}/assessors?done=declared");
    }

    private async Task<bool> LoadAsync(Guid bodyId, Guid userId, CancellationToken ct)
    {
        var name = await db.Memberships.Where(m => m.CertificationBodyId == bodyId && m.UserId == userId && m.Role == Role.Assessor)
            .Select(m => m.User!.DisplayName).FirstOrDefaultAsync(ct);
        if (name is null) return false;
        AssessorName = name;
        // Any organisation on the platform: an assessor may have advised one that has not applied to this body yet.
        OrganisationItems = await db.Organisations.OrderBy(o => o.Name).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync(ct);
        OrganisationItems = OrganisationItems.Prepend(new SelectListItem("Select an organisation", "")).ToList();
        return true;
    }
}
