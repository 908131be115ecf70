using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.BestPractice;

/// <summary>
/// Keeps an assessment element's best-practice case in step with its final rating: a Compliance Plus rating opens
/// exactly one draft (rating it again updates the assessor's comment, never adds a second case); a lower rating
/// withdraws a case that is not yet published. Called by the assessor's rating, inside its save and audit row.
/// </summary>
public static class BestPracticeDrafts
{
    /// <returns>The case that was opened, updated or withdrawn, or null when there was nothing to do.</returns>
    public static async Task<BestPracticeCase?> FollowRatingAsync(AppDbContext db, Assessment assessment, AssessmentElement element, bool exemplary, CancellationToken ct)
    {
        // The assessor works in the body's scope; the case belongs to the organisation. This is the one place a
        // body's request reads it.
        var existing = await db.BestPracticeCases.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.AssessmentElementId == element.Id, ct);
        var now = db.Time.GetUtcNow();
        if (exemplary)
        {
            if (existing is null)
            {
                existing = new BestPracticeCase
                {
                    Id = db.NewId(),
                    OrganisationId = assessment.OrganisationId,
                    CertificationBodyId = assessment.CertificationBodyId,
                    AssessmentId = assessment.Id,
                    AssessmentElementId = element.Id,
                    StandardVersionId = assessment.StandardVersionId,
                    ElementNumber = element.ElementNumber,
                    Year = (element.RatedAt ?? now).Year,
                    AssessorComment = element.FinalComment ?? "",
                    Status = CaseStatus.Draft,
                    CreatedAt = now,
                };
                db.BestPracticeCases.Add(existing);
                return existing;
            }
            if (existing.Status == CaseStatus.Published) return null;
            existing.AssessorComment = element.FinalComment ?? "";
            existing.Year = (element.RatedAt ?? now).Year;
            if (existing.Status == CaseStatus.Withdrawn) existing.Status = CaseStatus.Draft;
            existing.UpdatedAt = now;
            return existing;
        }
        if (existing is null || existing.Status is CaseStatus.Published or CaseStatus.Withdrawn) return null;
        existing.Status = CaseStatus.Withdrawn;
        existing.UpdatedAt = now;
        return existing;
    }
}
