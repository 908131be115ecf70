using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>The summary form: a dictionary the model binder can fill from <c>Input.Findings[1]</c>, one textarea per criterion.</summary>
public sealed class ReportSummaryForm
{
    public string? Strengths { get; set; }
    public string? AreasForImprovement { get; set; }
    public Dictionary<string, string?> Findings { get; set; } = [];
}

/// <summary>The lead assessor's summary for the report: strengths, areas for continuous improvement and findings for each criterion.</summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class ReportSummaryModel(AppDbContext db, AssessmentService service, CurrentUser user) : PageModel
{
    [BindProperty]
    public ReportSummaryForm Input { get; set; } = new();

    public KeyInformation Key { get; private set; } = null!;
    public IReadOnlyList<(string Number, string Title)> Criteria { get; private set; } = [];
    public string? CannotWrite { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, bool saved, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, ct)) return NotFound();
        var summary = await db.Set<Assessment>().Where(a => a.Id == assessmentId).Select(a => new { a.Strengths, a.AreasForImprovement }).SingleAsync(ct);
        Input = new ReportSummaryForm
        {
            Strengths = summary.Strengths, AreasForImprovement = summary.AreasForImprovement,
            Findings = await db.Set<CriterionFinding>().Where(f => f.AssessmentId == assessmentId).ToDictionaryAsync(f => f.CriterionNumber, f => (string?)f.Text, ct),
        };
        foreach (var (number, _) in Criteria) Input.Findings.TryAdd(number, null);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var request = new RecordSummaryRequest
        {
            Strengths = Input.Strengths, AreasForImprovement = Input.AreasForImprovement,
            // Every criterion, so that clearing a textarea removes its findings.
            Findings = Criteria.ToDictionary(c => c.Number, c => Input.Findings.GetValueOrDefault(c.Number)),
        };
        try
        {
            await service.RecordSummaryAsync(bodyId, assessmentId, request, user.Actor, ct);
            return Redirect($"{AssessmentPages.BodyPath(bodyId, assessmentId)}/summary?saved=true");
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return false;
        Key = await AssessmentKeyInformation.ForAsync(db, access, ct);
        Criteria = (await db.Criteria.Where(c => c.StandardVersionId == Key.StandardVersionId).OrderBy(c => c.Order)
            .Select(c => new { c.Number, c.Title }).ToListAsync(ct)).Select(c => (c.Number, c.Title)).ToList();
        // The page reads each criterion's textarea through the dictionary's indexer, so every criterion needs a key.
        foreach (var (number, _) in Criteria) Input.Findings.TryAdd(number, null);
        CannotWrite = !access.IsLeadAssessor ? "Only the lead assessor can write the summary."
            : access.Status is AssessmentStatus.DesktopReview or AssessmentStatus.OnSite or AssessmentStatus.Rated or AssessmentStatus.ReportReleased ? null
            : $"The summary cannot change while the assessment is at the stage '{AssessmentNames.Display(access.Status)}'.";
        return true;
    }
}
