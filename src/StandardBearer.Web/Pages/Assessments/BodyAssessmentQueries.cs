using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>One row of the body's list of assessments.</summary>
public sealed record BodyAssessmentRow(
    Guid Id,
    Guid OrganisationId,
    string OrganisationName,
    AssessmentType Type,
    AssessmentStatus Status,
    DateTimeOffset AppliedAt,
    string? LeadAssessor,
    DateOnly? DocumentReviewOn,
    DateOnly? VisitStartsOn,
    DateOnly? VisitEndsOn);

/// <summary>The body's list of assessments, read once for the page and the API so that they cannot disagree.</summary>
public static class BodyAssessmentQueries
{
    /// <summary>
    /// The assessments this user may see at the body (<see cref="AssessmentQueries.VisibleAtBody"/>): new
    /// applications first, as they wait on the body, then the newest.
    /// </summary>
    public static Task<List<BodyAssessmentRow>> ListAsync(
        AppDbContext db, Guid bodyId, Guid userId, AssessmentStatus? status = null, Guid? organisationId = null, CancellationToken ct = default)
    {
        var assessments = AssessmentQueries.VisibleAtBody(db, bodyId, userId);
        if (status is { } s) assessments = assessments.Where(a => a.Status == s);
        if (organisationId is { } o) assessments = assessments.Where(a => a.OrganisationId == o);
        // Order on the entity, then project: EF cannot order by a member of a projected record.
        return assessments
            .OrderBy(a => a.Status == AssessmentStatus.Applied ? 0 : 1).ThenByDescending(a => a.AppliedAt)
            .Select(a => new BodyAssessmentRow(
                a.Id, a.OrganisationId,
                db.Organisations.Where(x => x.Id == a.OrganisationId).Select(x => x.Name).First(),
                a.Type, a.Status, a.AppliedAt,
                db.Users.Where(u => u.Id == a.LeadAssessorUserId).Select(u => u.DisplayName).FirstOrDefault(),
                a.DocumentReviewOn, a.VisitStartsOn, a.VisitEndsOn))
            .ToListAsync(ct);
    }
}
