using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Evidence;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// The organisation answers one evidence request, once: a comment and items from its library, which are frozen at
/// their current version for the assessor. Anyone in the organisation may answer.
/// </summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class AnswerRequestModel(AppDbContext db, AssessmentService assessments, CurrentUser user) : PageModel
{
    [BindProperty]
    public AnswerEvidenceRequest Input { get; set; } = new();

    /// <summary>The ticked items. MVC will not bind into the request's read-only list, so they come in here under the same field name.</summary>
    [BindProperty(Name = "Input.EvidenceItemIds")]
    public List<Guid> EvidenceItemIds { get; set; } = [];

    public EvidenceRequestRow Asked { get; private set; } = null!;
    public string ElementTitle { get; private set; } = "";
    public string BodyName { get; private set; } = "";
    public IReadOnlyList<SelectListItem> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid assessmentId, Guid requestId, CancellationToken ct) =>
        await LoadAsync(organisationId, assessmentId, requestId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid assessmentId, Guid requestId, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, assessmentId, requestId, ct)) return NotFound();
        ModelState.ReplaceBindingError($"{nameof(Input)}.{nameof(Input.EvidenceItemIds)}", "Select evidence from your organisation's library");
        if (!ModelState.IsValid) return Page();
        try
        {
            await assessments.AnswerEvidenceRequestAsync(organisationId, assessmentId, requestId, Input with { EvidenceItemIds = EvidenceItemIds }, user.Actor, ct);
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
        return Redirect($"{AssessmentPages.OrganisationPath(organisationId, assessmentId)}?done=answered");
    }

    private async Task<bool> LoadAsync(Guid organisationId, Guid assessmentId, Guid requestId, CancellationToken ct)
    {
        var access = await AssessmentPages.AtOrganisationAsync(db, user, organisationId, assessmentId, ct);
        if (access is null) return false;
        var request = (await OrganisationAssessmentQueries.RequestsAsync(db, organisationId, assessmentId, ct)).SingleOrDefault(r => r.Id == requestId);
        if (request is null) return false;
        Asked = request;
        var assessment = await db.Set<Assessment>().Where(a => a.Id == assessmentId)
            .Select(a => new { a.StandardVersionId, Body = db.CertificationBodies.Where(b => b.Id == a.CertificationBodyId).Select(b => b.Name).Single() })
            .SingleAsync(ct);
        BodyName = assessment.Body;
        var title = await db.Elements.Where(e => e.StandardVersionId == assessment.StandardVersionId && e.Number == request.ElementNumber).Select(e => e.Title).SingleOrDefaultAsync(ct);
        ElementTitle = $"{request.ElementNumber} {title}";
        var rows = await EvidenceQueries.Search(db, organisationId, null).OrderByDescending(i => i.UpdatedAt)
            .Select(i => new { i.Id, i.Title, i.Kind, i.CurrentRevision }).ToListAsync(ct);
        Choices = rows.Select(r => new GovukChoiceItem
        {
            Text = r.Title, Value = r.Id.ToString(), Hint = $"{EvidenceKinds.DisplayName(r.Kind)}, version {r.CurrentRevision}",
        }).ToList();
        return true;
    }
}
