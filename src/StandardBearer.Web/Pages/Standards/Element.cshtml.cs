using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Web.Pages.Standards;

public class ElementModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Version { get; set; }

    public VersionSummary Summary { get; private set; } = null!;
    public CriterionNode Criterion { get; private set; } = null!;
    public SubCriterionNode SubCriterion { get; private set; } = null!;
    public ElementNode Element { get; private set; } = null!;
    public ElementNode? Previous { get; private set; }
    public ElementNode? Next { get; private set; }
    public IReadOnlyList<LibraryCase> Cases { get; private set; } = [];
    public int CaseCount { get; private set; }
    public IReadOnlyList<PublishedLearningExample> LearningExamples { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        var published = await StandardCatalogue.PublishedAsync(db, BuiltInPacks.CseCode, ct);
        var chosen = string.IsNullOrEmpty(Version) ? (published.Count > 0 ? published[0] : null) : published.FirstOrDefault(v => v.Label == Version);
        if (chosen is null) return NotFound();
        var tree = await StandardCatalogue.TreeAsync(db, chosen, ct);
        var all = tree.Elements.ToList();
        var index = all.FindIndex(e => e.Number == number);
        if (index < 0) return NotFound();
        Summary = chosen;
        Element = all[index];
        Previous = index > 0 ? all[index - 1] : null;
        Next = index < all.Count - 1 ? all[index + 1] : null;
        Criterion = tree.Criteria.First(c => c.SubCriteria.Any(s => s.Elements.Contains(Element)));
        SubCriterion = Criterion.SubCriteria.First(s => s.Elements.Contains(Element));
        (Cases, CaseCount) = await BestPracticeLibrary.ForElementAsync(db, number, ct: ct);
        LearningExamples = await LearningExampleQueries.PublishedForElementAsync(db, number, ct);
        return Page();
    }
}
