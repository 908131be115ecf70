using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>Asks before removing one of the body's points schemes: tables for its dates go back to the scheme before it, or the defaults.</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class RemovePointsSchemeModel(AppDbContext db, PointsSchemeService schemes, CurrentUser user) : PageModel
{
    public string Name { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid schemeId, CancellationToken ct) =>
        await LoadAsync(bodyId, schemeId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid schemeId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, schemeId, ct)) return NotFound();
        await schemes.RemoveAsync(bodyId, schemeId, user.Actor, ct);
        return Redirect($"{PointsSchemesModel.PagePath(bodyId)}?done=removed");
    }

    private async Task<bool> LoadAsync(Guid bodyId, Guid schemeId, CancellationToken ct)
    {
        var scheme = await db.PointsSchemes.Where(s => s.Id == schemeId && s.CertificationBodyId == bodyId)
            .Select(s => new { s.Name, s.EffectiveFrom }).SingleOrDefaultAsync(ct);
        if (scheme is null) return false;
        (Name, EffectiveFrom) = (scheme.Name, scheme.EffectiveFrom);
        return true;
    }
}
