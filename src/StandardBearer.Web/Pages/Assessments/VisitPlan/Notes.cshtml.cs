using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Assessments.DesktopReview;

namespace StandardBearer.Web.Pages.Assessments.VisitPlan;

/// <summary>What the assessors noted in one session, element by element, and the form to add a note.</summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class NotesModel(AppDbContext db, AssessmentService service, CurrentUser user) : PageModel
{
    [BindProperty]
    public RecordSessionNoteRequest Input { get; set; } = new();

    public KeyInformation Key { get; private set; } = null!;
    public VisitSessionView Session { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> ElementItems { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Titles { get; private set; } = new Dictionary<string, string>();
    public string AssessmentPath { get; private set; } = "";
    public bool CanRecord { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, Guid sessionId, bool saved, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, sessionId, ct)) return NotFound();
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid assessmentId, Guid sessionId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, sessionId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            await service.RecordSessionNoteAsync(bodyId, assessmentId, sessionId, Input, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"{AssessmentPath}/visit/sessions/{sessionId}/notes?saved=true");
    }

    private async Task<bool> LoadAsync(Guid bodyId, Guid assessmentId, Guid sessionId, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return false;
        if (await VisitPlanQueries.SessionAsync(db, access, sessionId, ct) is not { } session) return false;
        Session = session;
        Key = await AssessmentKeyInformation.ForAsync(db, access, ct);
        AssessmentPath = AssessmentPages.BodyPath(bodyId, assessmentId);
        CanRecord = VisitPlanPages.CanRecordNotes(access);
        var tree = await ReviewQueries.TreeAsync(db, access, ct);
        var numbers = (await AssessmentQueries.ElementsAsync(db, access, ct)).Select(e => e.Number).ToHashSet();
        Titles = tree.Elements.Where(e => numbers.Contains(e.Number)).ToDictionary(e => e.Number, e => e.Title);
        // The elements this session tests come first: they are what most notes will be about.
        var tested = session.ElementNumbers.Where(Titles.ContainsKey).ToList();
        ElementItems = tested.Concat(Titles.Keys.Except(tested))
            .Select(n => new SelectListItem($"{n} {Titles[n]}{(tested.Contains(n) ? " (tested in this session)" : "")}", n))
            .Prepend(new SelectListItem("Select an element", "")).ToList();
        return true;
    }
}
