using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Certificates;

/// <summary>An element on the plan form: its rotation visit, and the visits it is on anyway for a Partial Compliance.</summary>
public sealed record PlanElementChoice(string Number, string Title, IReadOnlyList<int> PartialVisits);

public sealed record PlanCriterion(string Number, string Title, IReadOnlyList<PlanElementChoice> Elements);

/// <summary>
/// The body moves elements between the cycle's visits. Every element has one rotation visit; the elements added for a
/// Partial Compliance stay where they are. The service checks the whole plan (every element, visits 1 to 3).
/// </summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class PlanModel(AppDbContext db, CertificateService certificates, CurrentUser user, TimeProvider time) : PageModel
{
    /// <summary>
    /// Element number → visit, posted as <c>Visit[1.1.1]=2</c>. Text, not int, so that a value that is not a number
    /// reaches the service and gets its message rather than the model binder's.
    /// </summary>
    [BindProperty]
    public Dictionary<string, string> Visit { get; set; } = new(StringComparer.Ordinal);

    public CertificateDetails Details { get; private set; } = null!;
    public IReadOnlyList<PlanCriterion> Criteria { get; private set; } = [];

    public static IReadOnlyList<(int Visit, string Name)> Visits { get; } =
        Enumerable.Range(1, ReviewPlanner.Visits).Select(v => (v, CertificateCycle.VisitName(v))).ToList();

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid certificateId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, certificateId, ct)) return NotFound();
        Visit = Details.Plan
            .SelectMany(v => v.Elements.Where(e => e.Reason == ReviewPlanReason.Rotation).Select(e => (e.Number, v.Visit)))
            .GroupBy(x => x.Number).ToDictionary(g => g.Key, g => g.First().Visit.ToString(Dates.English), StringComparer.Ordinal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid certificateId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, certificateId, ct)) return NotFound();
        var request = new AdjustReviewPlanRequest
        {
            RotationVisit = Visit.ToDictionary(kv => kv.Key, kv => int.TryParse(kv.Value, out var v) ? v : 0, StringComparer.Ordinal),
        };
        try
        {
            await certificates.AdjustReviewPlanAsync(bodyId, certificateId, request, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            foreach (var message in e.Errors.SelectMany(x => x.Value)) ModelState.AddModelError(nameof(Visit), message);
            return Page();
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError(nameof(Visit), e.Message);
            return Page();
        }
        return Redirect($"{CertificatePages.BodyPath(bodyId, certificateId)}?saved=plan");
    }

    /// <summary>The visit to show as chosen: what was posted, or the current plan.</summary>
    public string? Chosen(string number) => Visit.GetValueOrDefault(number);

    private async Task<bool> LoadAsync(Guid bodyId, Guid certificateId, CancellationToken ct)
    {
        if (await CertificatePages.AtBodyAsync(db, bodyId, certificateId, Dates.Today(time), ct) is not { } details) return false;
        Details = details;
        if (!details.IsHeld) return true;
        // The elements of the assessment that began the cycle, which is what the service plans over, grouped as the standard groups them.
        var versionId = await db.Set<Assessment>().Where(a => a.Id == details.AssessmentId).Select(a => a.StandardVersionId).SingleAsync(ct);
        var inAssessment = (await db.Set<AssessmentElement>().Where(e => e.AssessmentId == details.AssessmentId).Select(e => e.ElementNumber).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var tree = await StandardCatalogue.TreeAsync(db, await StandardCatalogue.ByIdAsync(db, versionId, ct), ct);
        var partials = details.Plan
            .SelectMany(v => v.Elements.Where(e => e.Reason == ReviewPlanReason.PartialAtLastVisit).Select(e => (e.Number, v.Visit)))
            .ToLookup(x => x.Number, x => x.Visit, StringComparer.Ordinal);
        Criteria = tree.Criteria
            .Select(c => new PlanCriterion(c.Number, c.Title, c.SubCriteria.SelectMany(s => s.Elements)
                .Where(e => inAssessment.Contains(e.Number))
                .Select(e => new PlanElementChoice(e.Number, e.Title, partials[e.Number].Order().ToList())).ToList()))
            .Where(c => c.Elements.Count > 0)
            .ToList();
        return true;
    }
}
