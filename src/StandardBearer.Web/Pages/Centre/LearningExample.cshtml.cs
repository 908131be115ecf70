using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Centre;

/// <summary>
/// One learning example: its organisation's people change a draft; admins also change a published one, publish it
/// and take it down. A member sees a published example without the form.
/// </summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class LearningExampleModel(AppDbContext db, LearningExampleService examples, CurrentUser user) : PageModel
{
    [BindProperty]
    public LearningExampleForm Input { get; set; } = new();

    public string OrganisationName { get; private set; } = "";
    public LearningExampleDetails Example { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> CaseChoices { get; private set; } = [];
    public IReadOnlyDictionary<Guid, PublishedCaseRow> Cases { get; private set; } = new Dictionary<Guid, PublishedCaseRow>();
    public bool IsAdmin { get; private set; }
    public string? Saved { get; private set; }

    /// <summary>Whether this user may change the example: admins always, members while it is a draft.</summary>
    public bool CanEdit => IsAdmin || Example.Status == LearningExampleStatus.Draft;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid id, string? saved, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, id, ct)) return NotFound();
        Input = LearningExampleForm.Of(Example);
        Saved = saved switch
        {
            "created" => "Learning example saved as a draft",
            "updated" => "Learning example updated",
            "published" => "Learning example published",
            "unpublished" => "Learning example taken down: it is a draft again",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, id, ct)) return NotFound();
        if (!CanEdit) return StatusCode(StatusCodes.Status403Forbidden);
        if (!ModelState.IsValid) return Page();
        try
        {
            await examples.UpdateAsync(organisationId, id, Input.ToRequest(), user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"{LearningExamplePages.ExamplePath(organisationId, id)}?saved=updated");
    }

    public Task<IActionResult> OnPostPublishAsync(Guid organisationId, Guid id, CancellationToken ct) =>
        SetStatusAsync(organisationId, id, publish: true, ct);

    public Task<IActionResult> OnPostUnpublishAsync(Guid organisationId, Guid id, CancellationToken ct) =>
        SetStatusAsync(organisationId, id, publish: false, ct);

    private async Task<IActionResult> SetStatusAsync(Guid organisationId, Guid id, bool publish, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, id, ct)) return NotFound();
        if (!IsAdmin) return StatusCode(StatusCodes.Status403Forbidden);
        if (publish) await examples.PublishAsync(organisationId, id, user.Actor, ct);
        else await examples.UnpublishAsync(organisationId, id, user.Actor, ct);
        return Redirect($"{LearningExamplePages.ExamplePath(organisationId, id)}?saved={(publish ? "published" : "unpublished")}");
    }

    private async Task<bool> LoadAsync(Guid organisationId, Guid id, CancellationToken ct)
    {
        if (await LearningExampleQueries.FindAsync(db, organisationId, id, ct) is not { } example) return false;
        Example = example;
        OrganisationName = await LearningExamplePages.OrganisationNameAsync(db, organisationId, ct);
        IsAdmin = await LearningExamplePages.IsAdminAsync(user, organisationId, ct);
        CaseChoices = await LearningExamplePages.CaseChoicesAsync(db, ct);
        Cases = (await BestPracticeLibrary.ListAsync(db, ids: example.CaseIds.ToList(), ct: ct)).ToDictionary(c => c.Id);
        return true;
    }
}
