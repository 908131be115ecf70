using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Bodies;

[AllowRoles(Role.CertificationBodyAdmin)]
public class EditModel(AppDbContext db, CertificationBodyService bodies, CurrentUser user) : PageModel
{
    [BindProperty]
    public CertificationBodyDetails Input { get; set; } = new();

    public async Task OnGetAsync(Guid bodyId, CancellationToken ct)
    {
        var body = await db.CertificationBodies.AsNoTracking().SingleAsync(b => b.Id == bodyId, ct);
        Input = new CertificationBodyDetails { Name = body.Name, Website = body.Website };
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            await bodies.UpdateAsync(bodyId, Input, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"/bodies/{bodyId}?updated=true");
    }
}
