using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Benchmarking;

/// <summary>
/// One assessment's ratings as benchmarks read them, whether it was decided here or imported from a body's
/// spreadsheets. <see cref="Ratings"/> holds only the elements rated in it (element number → rating key): an annual
/// review's out-of-scope elements are absent, so they carry forward from earlier results.
/// </summary>
public sealed record RecordedResult(
    Guid OrganisationId, Guid CertificationBodyId, Guid StandardVersionId, DateOnly On, AssessmentType Type, IReadOnlyDictionary<string, string> Ratings)
{
    public bool IsFull => Type != AssessmentType.AnnualReview;
}

/// <summary>When one body's certificate for an organisation stopped being held (withdrawn, cancelled or expired).</summary>
public sealed record EndedCertificate(Guid OrganisationId, Guid CertificationBodyId, DateOnly EndedOn);

/// <summary>An organisation's ratings on a date: whose holder it was, in which version, and each element's latest rating.</summary>
public sealed record Holding(Guid OrganisationId, Guid CertificationBodyId, Guid StandardVersionId, IReadOnlyDictionary<string, string> Ratings);

/// <summary>How many elements at each kind of rating, and the points they score.</summary>
public sealed record Score(int Points, int CompliancePlus, int Compliance, int Partial, int NonCompliance);

/// <summary>
/// Standing as pure functions. An organisation's standing on a date is, for each element of the standard version,
/// its latest rating from its body's assessments and reviews up to that date: annual reviews update the elements
/// they cover and the rest carry forward. It belongs to the body of its latest result, and lapses when that body's
/// latest full assessment is more than a certificate's life (plus the grace <see cref="Continuity"/> allows) behind
/// the date, or when the body's certificate ended after it.
/// </summary>
public static class Standings
{
    public static Holding? On(IEnumerable<RecordedResult> organisationResults, IEnumerable<EndedCertificate> endedCertificates, DateOnly asOf,
        Func<Guid, IReadOnlyCollection<string>> elementsOfVersion)
    {
        var upTo = organisationResults.Where(r => r.On <= asOf)
            // On one day a full assessment comes before a review, so the review's ratings are the later ones.
            .OrderBy(r => r.On).ThenBy(r => r.IsFull ? 0 : 1).ToList();
        if (upTo.Count == 0) return null;

        var latest = upTo[^1];
        var bodyId = latest.CertificationBodyId;
        var ofBody = upTo.Where(r => r.CertificationBodyId == bodyId).ToList();
        // A body's results before the organisation left it for another do not count towards its return.
        var lastElsewhere = upTo.LastOrDefault(r => r.CertificationBodyId != bodyId);
        if (lastElsewhere is not null) ofBody = ofBody.Where(r => r.On >= lastElsewhere.On).ToList();

        var cycleStart = ofBody.LastOrDefault(r => r.IsFull)?.On ?? ofBody[0].On;
        if (asOf > cycleStart.AddYears(Certificate.ValidYears).AddDays(Continuity.AllowedGapDays)) return null;
        if (endedCertificates.Any(c => c.CertificationBodyId == bodyId && c.EndedOn >= cycleStart && c.EndedOn <= asOf)) return null;

        var elements = elementsOfVersion(latest.StandardVersionId);
        var ratings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in ofBody.Where(r => r.StandardVersionId == latest.StandardVersionId))
            foreach (var (element, rating) in result.Ratings)
                if (elements.Contains(element)) ratings[element] = rating;
        return ratings.Count == 0 ? null : new Holding(latest.OrganisationId, bodyId, latest.StandardVersionId, ratings);
    }

    /// <summary>
    /// Counts the ratings by kind (the scale's top rating is Compliance Plus; a blocking rating is Non-Compliance;
    /// an action-plan rating is Partial; anything else compliant is Compliance) and adds up the points, each rating
    /// scoring <paramref name="points"/>' figure for its key or else the scale's own.
    /// </summary>
    public static Score Score(IReadOnlyDictionary<string, string> ratings, RatingScale scale, IReadOnlyDictionary<string, int>? points = null)
    {
        int total = 0, plus = 0, compliance = 0, partial = 0, non = 0;
        foreach (var key in ratings.Values)
        {
            var rating = scale.Find(key);
            if (rating is null) continue;
            total += points is not null && points.TryGetValue(rating.Key, out var p) ? p : rating.Points;
            switch (KindOf(rating, scale))
            {
                case RatingKind.CompliancePlus: plus++; break;
                case RatingKind.Compliance: compliance++; break;
                case RatingKind.Partial: partial++; break;
                default: non++; break;
            }
        }
        return new Score(total, plus, compliance, partial, non);
    }

    public static RatingKind KindOf(ScaleRating rating, RatingScale scale) =>
        rating.Blocks ? RatingKind.NonCompliance
        : rating.NeedsActionPlan ? RatingKind.Partial
        : rating.Key == scale.Ratings.MaxBy(r => r.Points)?.Key ? RatingKind.CompliancePlus
        : RatingKind.Compliance;

    /// <summary>The date a year's benchmark is taken on: its last day, or today for this year. Null when the year is still to come.</summary>
    public static DateOnly? AsOf(int? year, DateOnly today) =>
        year is null || year == today.Year ? today
        : year < today.Year ? new DateOnly(year.Value, 12, 31)
        : null;
}

public enum RatingKind
{
    CompliancePlus,
    Compliance,
    Partial,
    NonCompliance,
}
