using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments.DesktopReview;

/// <summary>The form's fields: <see cref="RaiseEvidenceRequest"/>'s, with the due date named for the date input's messages.</summary>
public sealed class NewRequestForm
{
    public string? ElementNumber { get; set; }
    public string? Text { get; set; }

    [Display(Name = "The due date")]
    public DateOnly? DueOn { get; set; }
}

/// <summary>An assigned assessor asks the organisation for more evidence on an element in scope.</summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class NewRequestModel(AppDbContext db, AssessmentService service, CurrentUser user) : PageModel
{
    [BindProperty]
    public NewRequestForm Input { get; set; } = new();

    public KeyInformation Key { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> ElementItems { get; private set; } = [];
    public string AssessmentPath { get; private set; } = "";

    /// <summary>Where Back goes: the element the assessor came from, or the list of requests.</summary>
    public string BackPath { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, string? element, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, element, ct)) return NotFound();
        Input.ElementNumber = ElementItems.Any(i => i.Value == element) ? element! : "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid assessmentId, string? element, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, element, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            await service.RaiseEvidenceRequestAsync(bodyId, assessmentId,
                new RaiseEvidenceRequest { ElementNumber = Input.ElementNumber ?? "", Text = Input.Text ?? "", DueOn = Input.DueOn }, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"{AssessmentPath}/requests?raised=true");
    }

    private async Task<bool> LoadAsync(Guid bodyId, Guid assessmentId, string? element, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return false;
        Key = await AssessmentKeyInformation.ForAsync(db, access, ct);
        AssessmentPath = AssessmentPages.BodyPath(bodyId, assessmentId);
        var tree = await ReviewQueries.TreeAsync(db, access, ct);
        var inScope = (await AssessmentQueries.ElementsAsync(db, access, ct)).Where(e => e.InScope).Select(e => e.Number).ToHashSet();
        ElementItems = tree.Elements.Where(e => inScope.Contains(e.Number)).Select(e => new SelectListItem($"{e.Number} {e.Title}", e.Number))
            .Prepend(new SelectListItem("Select an element", "")).ToList();
        BackPath = element is not null && inScope.Contains(element) ? $"{AssessmentPath}/review/{element}" : $"{AssessmentPath}/requests";
        return true;
    }
}
