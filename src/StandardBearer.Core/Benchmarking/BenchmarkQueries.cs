using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Benchmarking;

/// <summary>
/// Loads what benchmarks are computed from. A body's table depends on other bodies' results (an organisation that
/// moved away leaves it) and an organisation's position on its peers', so this reads across every tenant on purpose
/// (IgnoreQueryFilters), and what each caller may see is cut down afterwards by <see cref="BenchmarkViews"/> and the
/// web host's role checks.
/// </summary>
public static class BenchmarkQueries
{
    public const string DefaultStandard = "CSE";

    public static async Task<BenchmarkData> LoadAsync(AppDbContext db, string standardCode = DefaultStandard, CancellationToken ct = default)
    {
        var standardId = await db.Standards.Where(s => s.Code == standardCode).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(ct);
        if (standardId is null) return new BenchmarkData([], new Dictionary<Guid, string>(), [], [], [], []);

        var versions = await db.StandardVersions.AsNoTracking().Where(v => v.StandardId == standardId && v.Status != VersionStatus.Draft)
            .Include(v => v.Ratings).Include(v => v.Criteria).ThenInclude(c => c.SubCriteria).ThenInclude(s => s.Elements)
            .AsSplitQuery().ToListAsync(ct);
        var versionInfos = versions.Select(v => new VersionInfo(v.Id, v.StandardId, v.Label, RatingScale.Of(v),
            v.Criteria.OrderBy(c => c.Order).SelectMany(c => c.SubCriteria.OrderBy(s => s.Order)).SelectMany(s => s.Elements.OrderBy(e => e.Order))
                .Select(e => new ElementInfo(e.Number, e.Title)).ToList())).ToList();
        var versionIds = versionInfos.Select(v => v.Id).ToList();

        var organisations = await db.Organisations.AsNoTracking()
            .Select(o => new OrganisationInfo(o.Id, o.Name, o.Sector, o.Region, o.SizeBand, o.PublishBenchmark)).ToListAsync(ct);
        var bodies = await db.CertificationBodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, ct);

        var results = new List<RecordedResult>();

        // Decided here: a full assessment that did not certify never made the organisation a holder, so it is left out.
        var decided = await db.Set<Assessment>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Status == AssessmentStatus.Decided && versionIds.Contains(a.StandardVersionId)
                && (a.Type == AssessmentType.AnnualReview || a.Outcome != OutcomeKind.NotCertified))
            .Select(a => new { a.Id, a.OrganisationId, a.CertificationBodyId, a.StandardVersionId, a.Type, a.DecidedAt })
            .ToListAsync(ct);
        var decidedIds = decided.Select(a => a.Id).ToList();
        var decidedRatings = (await db.Set<AssessmentElement>().IgnoreQueryFilters().AsNoTracking()
                .Where(e => decidedIds.Contains(e.AssessmentId) && e.FinalRatingKey != null && !e.CarriedForward)
                .Select(e => new { e.AssessmentId, e.ElementNumber, e.FinalRatingKey })
                .ToListAsync(ct))
            .ToLookup(e => e.AssessmentId);
        results.AddRange(decided.Where(a => a.DecidedAt is not null).Select(a => new RecordedResult(a.OrganisationId, a.CertificationBodyId, a.StandardVersionId,
            DateOnly.FromDateTime(a.DecidedAt!.Value.UtcDateTime), a.Type,
            decidedRatings[a.Id].ToDictionary(e => e.ElementNumber, e => e.FinalRatingKey!, StringComparer.Ordinal))));

        // Imported from the bodies' spreadsheets.
        var historical = await db.HistoricalResults.IgnoreQueryFilters().AsNoTracking()
            .Where(r => versionIds.Contains(r.StandardVersionId))
            .Select(r => new { r.Id, r.OrganisationId, r.CertificationBodyId, r.StandardVersionId, r.AssessedOn, r.Type })
            .ToListAsync(ct);
        var historicalRatings = (await db.HistoricalRatings.IgnoreQueryFilters().AsNoTracking()
                .Join(db.HistoricalResults.IgnoreQueryFilters().Where(r => versionIds.Contains(r.StandardVersionId)), x => x.HistoricalResultId, r => r.Id, (x, r) => x)
                .Select(x => new { x.HistoricalResultId, x.ElementNumber, x.RatingKey })
                .ToListAsync(ct))
            .ToLookup(x => x.HistoricalResultId);
        results.AddRange(historical.Select(r => new RecordedResult(r.OrganisationId, r.CertificationBodyId, r.StandardVersionId, r.AssessedOn, r.Type,
            historicalRatings[r.Id].ToDictionary(x => x.ElementNumber, x => x.RatingKey, StringComparer.Ordinal))));

        var certificates = await db.Set<Certificate>().IgnoreQueryFilters().AsNoTracking()
            .Select(c => new { c.OrganisationId, c.CertificationBodyId, c.Status, c.StatusChangedAt, c.ExpiresOn })
            .ToListAsync(ct);
        var ended = certificates
            .Select(c => c.Status is CertificateStatus.Active or CertificateStatus.Suspended
                ? new EndedCertificate(c.OrganisationId, c.CertificationBodyId, c.ExpiresOn.AddDays(1))
                : new EndedCertificate(c.OrganisationId, c.CertificationBodyId,
                    c.StatusChangedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : c.ExpiresOn.AddDays(1)))
            .ToList();

        var schemes = await db.PointsSchemes.IgnoreQueryFilters().AsNoTracking().Where(s => s.StandardId == standardId)
            .Select(s => new { s.CertificationBodyId, s.Name, s.EffectiveFrom, Ratings = s.Ratings.Select(r => new { r.RatingKey, r.Points }).ToList() })
            .ToListAsync(ct);

        return new BenchmarkData(organisations, bodies, versionInfos, results, ended,
            schemes.Select(s => new SchemeInfo(s.CertificationBodyId, s.Name, s.EffectiveFrom,
                s.Ratings.ToDictionary(r => r.RatingKey, r => r.Points, StringComparer.Ordinal))).ToList());
    }
}
