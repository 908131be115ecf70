using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Web.Pages.Standards;

public class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Version { get; set; }

    public VersionTree Tree { get; private set; } = null!;
    public IReadOnlyList<VersionSummary> Published { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Published = await StandardCatalogue.PublishedAsync(db, BuiltInPacks.CseCode, ct);
        var chosen = string.IsNullOrEmpty(Version) ? (Published.Count > 0 ? Published[0] : null) : Published.FirstOrDefault(v => v.Label == Version);
        if (chosen is null) return NotFound();
        Tree = await StandardCatalogue.TreeAsync(db, chosen, ct);
        return Page();
    }
}
