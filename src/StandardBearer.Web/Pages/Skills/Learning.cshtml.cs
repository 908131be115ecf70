using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Skills;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Skills;

/// <summary>The learning log: activities newest first, filtered by element, criterion or kind; totals for the whole log; CSV.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class LearningModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<LearningRow> Rows { get; private set; } = [];
    public int AllCount { get; private set; }
    public LearningTotalsReport Totals { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> ElementItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> CriterionItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> KindItems { get; private set; } = [];
    public string? Element { get; private set; }
    public string? Criterion { get; private set; }
    public LearningKind? Kind { get; private set; }
    public bool Filtered => Element is not null || Criterion is not null || Kind is not null;
    public bool Added { get; private set; }
    public bool Deleted { get; private set; }

    public async Task OnGetAsync(Guid organisationId, string? element, string? criterion, string? kind, Guid? added, bool deleted, CancellationToken ct)
    {
        var all = await SkillsQueries.LearningAsync(db, organisationId, ct);
        var (elements, criteria) = await SkillsQueries.CurrentStandardAsync(db, ct);
        AllCount = all.Count;
        Totals = LearningTotals.Compute(all.Select(r => new LearningEntry(r.Id, r.Hours, r.ElementNumbers)).ToList(), elements, criteria);
        // Unknown values are ignored rather than refused: a filter is a view, not a form.
        Element = elements.Any(e => e.Number == element) ? element : null;
        Criterion = criteria.Any(c => c.Number == criterion) ? criterion : null;
        Kind = Enum.TryParse<LearningKind>(kind, out var k) && Enum.IsDefined(k) ? k : null;
        Rows = all.Where(r => Element is null || r.ElementNumbers.Contains(Element))
            .Where(r => Criterion is null || r.ElementNumbers.Any(n => ElementNumberComparer.CriterionOf(n) == Criterion))
            .Where(r => Kind is null || r.Kind == Kind).ToList();
        ElementItems = elements.Select(e => new SelectListItem($"{e.Number} {e.Title}", e.Number, e.Number == Element)).Prepend(new SelectListItem("All elements", "")).ToList();
        CriterionItems = criteria.Select(c => new SelectListItem($"{c.Number} {c.Title}", c.Number, c.Number == Criterion)).Prepend(new SelectListItem("All criteria", "")).ToList();
        KindItems = LearningKinds.All.Select(x => new SelectListItem(LearningKinds.Display(x), x.ToString(), x == Kind)).Prepend(new SelectListItem("All kinds", "")).ToList();
        Added = added is not null && all.Any(r => r.Id == added);
        Deleted = deleted;
    }

    /// <summary>The whole log, one row per activity, elements and cases joined with "; ".</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid organisationId, CancellationToken ct)
    {
        var rows = await SkillsQueries.LearningAsync(db, organisationId, ct);
        var cases = (await BestPracticeLibrary.ListAsync(db, ct: ct)).ToDictionary(c => c.Id, c => c.Title);
        var csv = Csv.Write(["date", "kind", "title", "people_or_teams", "hours", "elements", "best_practice_cases", "notes", "recorded_as_evidence"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), LearningKinds.Display(r.Kind), r.Title, r.People,
                r.Hours.ToString("0.##", CultureInfo.InvariantCulture), string.Join("; ", r.ElementNumbers),
                string.Join("; ", r.BestPracticeCaseIds.Where(cases.ContainsKey).Select(id => cases[id])), r.Notes ?? "",
                r.EvidenceItemId is null ? "no" : "yes",
            ]));
        return File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", "learning-log.csv");
    }
}
