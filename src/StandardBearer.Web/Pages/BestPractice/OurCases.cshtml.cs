using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.BestPractice;

/// <summary>The organisation's best-practice cases: one for each element rated Compliance Plus, once the report is released.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class OurCasesModel(AppDbContext db) : PageModel
{
    public Guid OrganisationId { get; private set; }
    public string OrganisationName { get; private set; } = "";
    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];

    public async Task OnGetAsync(Guid organisationId, CancellationToken ct)
    {
        OrganisationId = organisationId;
        OrganisationName = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);
        Cases = await BestPracticeQueries.OrganisationListAsync(db, organisationId, ct);
    }
}
