using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>The body's assessments: every one for its admins, only their own for assessors.</summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class BodyAssessmentsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public string BodyName { get; private set; } = "";
    public bool IsAdmin { get; private set; }
    public IReadOnlyList<BodyAssessmentRow> Rows { get; private set; } = [];
    public IReadOnlyList<SelectListItem> StatusItems { get; private set; } = [];
    public string? ClientName { get; private set; }
    public Guid? Client { get; private set; }
    public bool Filtered => StatusItems.Any(i => i.Selected && i.Value != "") || Client is not null;

    /// <summary><paramref name="status"/> filters by stage; <paramref name="client"/> by organisation (from the clients page). Unknown values show everything.</summary>
    public async Task OnGetAsync(Guid bodyId, string? status, Guid? client, CancellationToken ct)
    {
        BodyName = await db.CertificationBodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(ct);
        IsAdmin = (await user.MembershipsAsync(ct)).Any(m => m.CertificationBodyId == bodyId && m.Role == Role.CertificationBodyAdmin);
        AssessmentStatus? chosen = Enum.TryParse<AssessmentStatus>(status, out var s) && Enum.IsDefined(s) ? s : null;
        StatusItems = Enum.GetValues<AssessmentStatus>()
            .Select(x => new SelectListItem(AssessmentNames.Display(x), x.ToString(), x == chosen))
            .Prepend(new SelectListItem("All stages", "", chosen is null)).ToList();
        if (client is { } c)
        {
            ClientName = await db.Organisations.Where(o => o.Id == c).Select(o => o.Name).SingleOrDefaultAsync(ct);
            Client = ClientName is null ? null : c;
        }
        Rows = await BodyAssessmentQueries.ListAsync(db, bodyId, user.UserId!.Value, chosen, Client, ct);
    }
}
