using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Organisations;

[AllowRoles(Role.OrganisationAdmin)]
public class EditModel(AppDbContext db, OrganisationService organisations, CurrentUser user) : PageModel
{
    [BindProperty]
    public OrganisationDetails Input { get; set; } = new();

    public async Task OnGetAsync(Guid organisationId, CancellationToken ct) =>
        Input = OrganisationService.DetailsOf(await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, ct));

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            await organisations.UpdateAsync(organisationId, Input, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"/organisations/{organisationId}?updated=true");
    }
}
