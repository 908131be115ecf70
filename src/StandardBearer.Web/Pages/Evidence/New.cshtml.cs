using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.SelfAssessment;

namespace StandardBearer.Web.Pages.Evidence;

/// <summary>Adds an item to the library; with <c>?element=</c>, also links it to that element of the open self-assessment.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
[EvidenceUploadLimits]
public class NewModel(AppDbContext db, EvidenceService evidence, CurrentUser user, IOptions<EvidenceFileOptions> options) : PageModel
{
    [BindProperty]
    public CreateEvidenceRequest Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>The element number and "1.1.1 Title" when adding from an element page.</summary>
    public string? Element { get; private set; }
    public string? ElementTitle { get; private set; }

    public string FileHint => EvidenceForms.FileHint(options.Value);

    public async Task<IActionResult> OnGetAsync(Guid organisationId, string? element, bool tooLarge, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, element, ct)) return NotFound();
        if (tooLarge) ModelState.AddModelError(EvidenceForms.FileField, EvidenceUploadLimitsAttribute.TooLargeMessage(options.Value));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, string? element, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, element, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        EvidenceItem item;
        try
        {
            item = await evidence.CreateAsync(organisationId, Input, EvidenceForms.Uploads(Files), user.Actor, element, ct);
        }
        catch (DomainValidationException e)
        {
            EvidenceForms.AddErrors(ModelState, e);
            return Page();
        }
        return element is null
            ? Redirect($"/organisations/{organisationId}/evidence?added={item.Id}")
            : Redirect($"/organisations/{organisationId}/self-assessment/elements/{element}?evidence=added");
    }

    private async Task<bool> LoadAsync(Guid organisationId, string? element, CancellationToken ct)
    {
        ViewData[EvidenceForms.OwnerItemsKey] = await EvidenceForms.OwnerItemsAsync(db, organisationId, ct);
        if (element is null) return true;
        var open = await SelfAssessmentQueries.OpenAsync(db, organisationId, ct);
        if (open is null) return false;
        var title = await db.Elements.Where(e => e.StandardVersionId == open.StandardVersionId && e.Number == element).Select(e => e.Title).SingleOrDefaultAsync(ct);
        if (title is null) return false;
        Element = element;
        ElementTitle = $"{element} {title}";
        return true;
    }
}
