using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Centre;

/// <summary>The organisation's learning examples, drafts and published.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class LearningExamplesModel(AppDbContext db) : PageModel
{
    public string OrganisationName { get; private set; } = "";
    public IReadOnlyList<LearningExampleDetails> Examples { get; private set; } = [];

    public async Task OnGetAsync(Guid organisationId, CancellationToken ct)
    {
        OrganisationName = await LearningExamplePages.OrganisationNameAsync(db, organisationId, ct);
        Examples = await LearningExampleQueries.ForOrganisationAsync(db, organisationId, ct);
    }
}
