using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Skills;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Skills;

/// <summary>The signed-in person's elements (as lead owner or champion), what is waiting on them, and whom to learn from.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class MyElementsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public MyElementsView View { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(Guid organisationId, CancellationToken ct)
    {
        Today = Dates.Today(db.Time);
        View = await SkillsQueries.MyElementsAsync(db, organisationId, user.UserId!.Value, Today, ct);
    }
}
