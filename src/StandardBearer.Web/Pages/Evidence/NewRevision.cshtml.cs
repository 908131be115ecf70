using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Evidence;

/// <summary>A new version of an item: new files and/or a new web address. Earlier versions stay.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
[EvidenceUploadLimits]
public class NewRevisionModel(AppDbContext db, EvidenceService evidence, CurrentUser user, IOptions<EvidenceFileOptions> options) : PageModel
{
    // Declared before Input because the form asks for files first: the error summary follows this order.
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public AddRevisionRequest Input { get; set; } = new();

    public string Title { get; private set; } = "";

    public string FileHint => EvidenceForms.FileHint(options.Value);

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid itemId, bool tooLarge, CancellationToken ct)
    {
        if (await EvidenceQueries.LiveTitleAsync(db, organisationId, itemId, ct) is not { } title) return NotFound();
        Title = title;
        if (tooLarge) ModelState.AddModelError(EvidenceForms.FileField, EvidenceUploadLimitsAttribute.TooLargeMessage(options.Value));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid itemId, CancellationToken ct)
    {
        if (await EvidenceQueries.LiveTitleAsync(db, organisationId, itemId, ct) is not { } title) return NotFound();
        Title = title;
        if (!ModelState.IsValid) return Page();
        try
        {
            await evidence.AddRevisionAsync(organisationId, itemId, Input, EvidenceForms.Uploads(Files), user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            EvidenceForms.AddErrors(ModelState, e);
            return Page();
        }
        return Redirect($"/organisations/{organisationId}/evidence/{itemId}?revised=true");
    }
}
