using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.SelfAssessment;

[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class ReadinessModel(AppDbContext db) : PageModel
{
    public ReadinessReport Report { get; private set; } = null!;
    public RatingScale Scale { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken ct)
    {
        var open = await SelfAssessmentQueries.OpenAsync(db, organisationId, ct);
        if (open is null) return NotFound();
        var (tree, _, standings) = await SelfAssessmentQueries.TaskListAsync(db, open, ct);
        Scale = new RatingScale(tree.Ratings, tree.MinimumCompliantShare);
        Report = Readiness.Compute(Scale, tree.Criteria.Select(c => (c.Number, c.Title)).ToList(), standings);
        return Page();
    }
}
