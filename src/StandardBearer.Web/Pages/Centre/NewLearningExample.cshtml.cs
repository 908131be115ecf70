using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Centre;

/// <summary>Anyone in the organisation adds a learning example, as a draft.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class NewLearningExampleModel(AppDbContext db, LearningExampleService examples, CurrentUser user) : PageModel
{
    [BindProperty]
    public LearningExampleForm Input { get; set; } = new();

    public string OrganisationName { get; private set; } = "";
    public IReadOnlyList<SelectListItem> CaseChoices { get; private set; } = [];

    public async Task OnGetAsync(Guid organisationId, CancellationToken ct) => await LoadAsync(organisationId, ct);

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken ct)
    {
        await LoadAsync(organisationId, ct);
        if (!ModelState.IsValid) return Page();
        try
        {
            var example = await examples.CreateAsync(organisationId, Input.ToRequest(), user.Actor, ct);
            return Redirect($"{LearningExamplePages.ExamplePath(organisationId, example.Id)}?saved=created");
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
    }

    private async Task LoadAsync(Guid organisationId, CancellationToken ct)
    {
        OrganisationName = await LearningExamplePages.OrganisationNameAsync(db, organisationId, ct);
        CaseChoices = await LearningExamplePages.CaseChoicesAsync(db, ct);
    }
}
