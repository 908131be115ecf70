using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// Which side of an assessment a page is on, and whether this user may see it from there. The route's tenant check
/// has already run; this narrows it to <see cref="AssessmentAccess"/>. Null means 404: the assessment belongs to
/// another tenant, or the user is an assessor of the body who is not on its team.
/// </summary>
public static class AssessmentPages
{
    public static async Task<AssessmentAccess?> AtBodyAsync(AppDbContext db, CurrentUser user, Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        var access = await AssessmentAccess.ForAsync(db, assessmentId, user.UserId, ct);
        return access.IsBodySide && access.CertificationBodyId == bodyId ? access : null;
    }

    public static async Task<AssessmentAccess?> AtOrganisationAsync(AppDbContext db, CurrentUser user, Guid organisationId, Guid assessmentId, CancellationToken ct)
    {
        var access = await AssessmentAccess.ForAsync(db, assessmentId, user.UserId, ct);
        return access.IsOrganisationMember && access.OrganisationId == organisationId ? access : null;
    }

    public static string BodyPath(Guid bodyId, Guid assessmentId) => $"/bodies/{bodyId}/assessments/{assessmentId}";

    public static string OrganisationPath(Guid organisationId, Guid assessmentId) => $"/organisations/{organisationId}/assessments/{assessmentId}";
}
