using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.SelfAssessment;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// An organisation admin applies to a body. Applying freezes the self-assessment as it stands, so the page says so
/// and shows how ready it is; if there is nothing to apply with, or an assessment is already under way, it explains
/// instead of showing the form.
/// </summary>
[AllowRoles(Role.OrganisationAdmin)]
public class ApplyModel(AppDbContext db, AssessmentService assessments, CurrentUser user) : PageModel
{
    [BindProperty]
    public ApplyForAssessmentRequest Input { get; set; } = new();

    /// <summary>The ticked elements. MVC will not bind into the request's read-only list, so they come in here under the same field name.</summary>
    [BindProperty(Name = "Input.InScopeElements")]
    public List<string> InScopeElements { get; set; } = [];

    public IReadOnlyList<SelectListItem> BodyItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> ElementItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> TypeItems { get; } =
    [
        new(AssessmentNames.Display(AssessmentType.Initial), nameof(AssessmentType.Initial)),
        new(AssessmentNames.Display(AssessmentType.AnnualReview), nameof(AssessmentType.AnnualReview)),
        new(AssessmentNames.Display(AssessmentType.Reassessment), nameof(AssessmentType.Reassessment)),
    ];

    public IReadOnlyList<SelectListItem> ScopeItems { get; } =
    [
        new("The whole organisation", nameof(ScopeKind.WholeOrganisation)),
        new("Named services or departments", nameof(ScopeKind.NamedServices)),
    ];

    /// <summary>The visit of the body's review plan the form is filled in for ("First annual review"), if one is due.</summary>
    public string? PlannedReview { get; private set; }

    /// <summary>Why the form is not shown: no open self-assessment, or an assessment already in progress.</summary>
    public string? Blocked { get; private set; }
    public Guid? InProgressId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken ct)
    {
        await LoadAsync(organisationId, ct);
        var me = await db.Users.Where(u => u.Id == user.UserId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(ct);
        Input = new ApplyForAssessmentRequest { ContactName = me?.DisplayName ?? "", ContactEmail = me?.Email ?? "" };
        if (await NextPlannedReviewAsync(organisationId, ct) is { } next)
        {
            PlannedReview = next.Name;
            Input = Input with { CertificationBodyId = next.BodyId, Type = AssessmentType.AnnualReview, InScopeElements = next.Elements };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken ct)
    {
        await LoadAsync(organisationId, ct);
        ModelState.ReplaceBindingError($"{nameof(Input)}.{nameof(Input.StaffNumbers)}", "Enter the number of staff as a whole number, like 250");
        ModelState.ReplaceBindingError($"{nameof(Input)}.{nameof(Input.CertificationBodyId)}", "Select a certification body");
        ModelState.ReplaceBindingError($"{nameof(Input)}.{nameof(Input.Type)}", "Select the type of assessment");
        ModelState.ReplaceBindingError($"{nameof(Input)}.{nameof(Input.ScopeKind)}", "Select what the assessment covers");
        if (Blocked is not null || !ModelState.IsValid) return Page();
        try
        {
            var assessment = await assessments.ApplyAsync(organisationId, Input with { InScopeElements = InScopeElements }, user.Actor, ct);
            return Redirect($"{AssessmentPages.OrganisationPath(organisationId, assessment.Id)}?done=applied");
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

    /// <summary>
    /// With a certificate in force and an annual review still to come in its cycle, the review the body planned:
    /// which body, and the elements it will formally cover (its rotation plus any partials from the last visit).
    /// </summary>
    private async Task<(Guid BodyId, string Name, IReadOnlyList<string> Elements)?> NextPlannedReviewAsync(Guid organisationId, CancellationToken ct)
    {
        var certificate = await db.Set<Certificate>()
            .Where(c => c.OrganisationId == organisationId && (c.Status == CertificateStatus.Active || c.Status == CertificateStatus.Suspended))
            .OrderByDescending(c => c.IssuedOn).FirstOrDefaultAsync(ct);
        if (certificate is null) return null;
        var visit = await CertificateQueries.AnnualReviewsDoneAsync(db, certificate, ct) + 1;
        if (visit >= ReviewPlanner.Visits) return null;
        var elements = await db.Set<ReviewPlanItem>().Where(p => p.CertificateId == certificate.Id && p.Visit == visit)
            .Select(p => p.ElementNumber).Distinct().ToListAsync(ct);
        return elements.Count == 0 ? null : (certificate.CertificationBodyId, CertificateCycle.VisitName(visit), elements);
    }

    private async Task LoadAsync(Guid organisationId, CancellationToken ct)
    {
        var open = await SelfAssessmentQueries.OpenAsync(db, organisationId, ct);
        InProgressId = await db.Set<Assessment>()
            .Where(a => a.OrganisationId == organisationId && a.Status != AssessmentStatus.Declined && a.Status != AssessmentStatus.Decided)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        Blocked = InProgressId is not null ? "Your organisation already has an assessment in progress. You can apply for the next one once it has been decided."
            : open is null ? "Start your self-assessment before applying: the assessor reviews it and the evidence linked to it."
            : null;
        // Ids are formatted here, not in SQL: SQLite would give them in capitals.
        BodyItems = (await db.CertificationBodies.OrderBy(b => b.Name).Select(b => new { b.Name, b.Id }).ToListAsync(ct))
            .Select(b => new SelectListItem(b.Name, b.Id.ToString())).Prepend(new SelectListItem("Select a certification body", "")).ToList();
        var elements = open is null ? [] : await db.Elements.Where(e => e.StandardVersionId == open.StandardVersionId)
            .Select(e => new { e.Number, e.Title }).ToListAsync(ct);
        ElementItems = elements.OrderBy(e => e.Number, ElementNumberComparer.Instance).Select(e => new SelectListItem($"{e.Number} {e.Title}", e.Number)).ToList();
    }
}
