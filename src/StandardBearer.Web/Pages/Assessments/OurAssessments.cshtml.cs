using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>The organisation's assessments and certificates, and where an admin applies for the next one.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class OurAssessmentsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public IReadOnlyList<OrganisationAssessmentRow> Assessments { get; private set; } = [];
    public IReadOnlyList<CertificateRow> Certificates { get; private set; } = [];
    public bool IsAdmin { get; private set; }

    /// <summary>How long the organisation has held the standard, if it holds it today.</summary>
    public Holding? Holding { get; private set; }

    public async Task OnGetAsync(Guid organisationId, CancellationToken ct)
    {
        Assessments = await OrganisationAssessmentQueries.AssessmentsAsync(db, organisationId, ct);
        var today = Dates.ToDate(db.Time.GetUtcNow());
        Certificates = await OrganisationAssessmentQueries.CertificatesAsync(db, organisationId, today, ct);
        Holding = (await CertificateQueries.HoldingsAsync(db, [organisationId], today, ct)).GetValueOrDefault(organisationId);
        IsAdmin = (await user.MembershipsAsync(ct)).Any(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin);
    }
}
