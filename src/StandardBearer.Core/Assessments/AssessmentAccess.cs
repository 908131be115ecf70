using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Assessments;

/// <summary>
/// What one user may do with one assessment. The tenant filter lets the whole body and the whole organisation see
/// an assessment; this narrows it: at the body, only its admins and the assessors assigned to it (an active
/// Assessor membership is needed too); at the organisation, its members, who see the assessors' working
/// (provisional ratings, review notes, session notes, final ratings, the summary) only once the report is released.
/// Pages, the API and <see cref="AssessmentService"/> all ask here, so the rule lives in one place.
/// </summary>
public sealed record AssessmentAccess(
    Guid AssessmentId,
    Guid OrganisationId,
    Guid CertificationBodyId,
    AssessmentStatus Status,
    bool IsOrganisationMember,
    bool IsOrganisationAdmin,
    bool IsBodyAdmin,
    bool IsLeadAssessor,
    bool IsTeamAssessor)
{
    public bool IsAssessor => IsLeadAssessor || IsTeamAssessor;

    /// <summary>False for everyone else, including an assessor of the same body who is not on the team: they get a 404.</summary>
    public bool CanSee => IsOrganisationMember || IsBodyAdmin || IsAssessor;

    public bool IsBodySide => IsBodyAdmin || IsAssessor;

    public bool CanSeeAssessorWork => IsBodySide || (IsOrganisationMember && Status is AssessmentStatus.ReportReleased or AssessmentStatus.Decided);

    /// <summary>Four eyes: an admin of the body who did not assess it.</summary>
    public bool CanDecide => IsBodyAdmin && !IsAssessor;

    public static AssessmentAccess None(Guid assessmentId) => new(assessmentId, Guid.Empty, Guid.Empty, AssessmentStatus.Applied, false, false, false, false, false);

    /// <summary>
    /// Cross-tenant by design: reads the assessment and the user's memberships whatever the current tenant scope, so
    /// that it gives the same answer on a body page, an organisation page or the API. Only ever about this user.
    /// </summary>
    public static async Task<AssessmentAccess> ForAsync(AppDbContext db, Guid assessmentId, Guid? userId, CancellationToken ct = default)
    {
        var assessment = await db.Set<Assessment>().IgnoreQueryFilters().Where(a => a.Id == assessmentId)
            .Select(a => new { a.OrganisationId, a.CertificationBodyId, a.Status, a.LeadAssessorUserId }).SingleOrDefaultAsync(ct);
        if (assessment is null || userId is not { } user) return None(assessmentId);

        var roles = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == user && (m.OrganisationId == assessment.OrganisationId || m.CertificationBodyId == assessment.CertificationBodyId))
            .Select(m => new { m.Role, m.DeactivatedAt }).ToListAsync(ct);
        var activeAssessor = roles.Any(r => r.Role == Role.Assessor && r.DeactivatedAt == null);
        var onTeam = activeAssessor && await db.Set<AssessmentTeamMember>().IgnoreQueryFilters().AnyAsync(t => t.AssessmentId == assessmentId && t.UserId == user, ct);
        return new AssessmentAccess(
            assessmentId, assessment.OrganisationId, assessment.CertificationBodyId, assessment.Status,
            IsOrganisationMember: roles.Any(r => r.Role is Role.OrganisationAdmin or Role.OrganisationMember),
            IsOrganisationAdmin: roles.Any(r => r.Role == Role.OrganisationAdmin),
            IsBodyAdmin: roles.Any(r => r.Role == Role.CertificationBodyAdmin),
            IsLeadAssessor: activeAssessor && assessment.LeadAssessorUserId == user,
            IsTeamAssessor: onTeam);
    }
}
