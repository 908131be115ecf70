using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Certification;

public sealed record CertificateHistoryLine(DateTimeOffset At, CertificateEventKind Kind, CertificateStatus? FromStatus, CertificateStatus ToStatus, string Reason, string UserName);

public sealed record PlanVisit(int Visit, string Name, DateOnly DueOn, bool Done, IReadOnlyList<PlanVisitElement> Elements);

public sealed record PlanVisitElement(string Number, string Title, ReviewPlanReason Reason);

/// <summary>Everything a certificate page shows, for the body and the organisation alike.</summary>
public sealed record CertificateDetails(
    Guid Id,
    string Number,
    Guid OrganisationId,
    string OrganisationName,
    Guid CertificationBodyId,
    string BodyName,
    Guid AssessmentId,
    string StandardName,
    string VersionLabel,
    string Scope,
    DateOnly OriginalIssuedOn,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    CertificateStatus Status,
    string? StatusReason,
    DateTimeOffset? StatusChangedAt,
    bool Confidential,
    IReadOnlyList<CertificateMilestone> Milestones,
    IReadOnlyList<PlanVisit> Plan,
    IReadOnlyList<CertificateHistoryLine> History,
    Holding? Holding)
{
    public bool IsHeld => Status is CertificateStatus.Active or CertificateStatus.Suspended;

    public IReadOnlyList<CertificateMilestone> OverdueOn(DateOnly today) => Milestones.Where(m => m.IsOverdueOn(today)).ToList();

    public CertificateDocument Document(string verificationUrl, DateOnly today) => new(
        OrganisationName, Scope, StandardName, VersionLabel, Number, OriginalIssuedOn, IssuedOn, ExpiresOn, BodyName, verificationUrl, Status, today);
}

/// <summary>
/// Reads about certificates. The certificate itself is read through the caller's tenant filter, so another tenant's
/// certificate is simply not found; holdings are public facts and read across tenants on purpose.
/// </summary>
public static class CertificateQueries
{
    public static async Task<CertificateDetails?> DetailsAsync(AppDbContext db, Guid certificateId, DateOnly today, CancellationToken ct = default)
    {
        var c = await db.Set<Certificate>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == certificateId, ct);
        if (c is null) return null;
        var names = await (from o in db.Organisations
                           from b in db.CertificationBodies
                           from a in db.Set<Assessment>().IgnoreQueryFilters()
                           from v in db.StandardVersions
                           where o.Id == c.OrganisationId && b.Id == c.CertificationBodyId && a.Id == c.AssessmentId && v.Id == a.StandardVersionId
                           select new { Organisation = o.Name, Body = b.Name, Standard = v.Standard!.Title, v.Label, VersionId = v.Id })
            .SingleAsync(ct);
        var milestones = CertificateCycle.Milestones(c.IssuedOn, c.ExpiresOn, await AnnualReviewsDoneAsync(db, c, ct));
        var titles = await db.Criteria.Where(cr => cr.StandardVersionId == names.VersionId)
            .SelectMany(cr => cr.SubCriteria).SelectMany(s => s.Elements)
            .Select(e => new { e.Number, e.Title }).ToDictionaryAsync(e => e.Number, e => e.Title, ct);
        var items = await db.Set<ReviewPlanItem>().AsNoTracking().Where(p => p.CertificateId == c.Id).ToListAsync(ct);
        var plan = Enumerable.Range(1, ReviewPlanner.Visits).Select(visit =>
        {
            var milestone = milestones[visit - 1];
            return new PlanVisit(visit, CertificateCycle.VisitName(visit), milestone.DueOn, milestone.Done,
                items.Where(p => p.Visit == visit).OrderBy(p => p.ElementNumber, ElementNumberComparer.Instance)
                    .Select(p => new PlanVisitElement(p.ElementNumber, titles.GetValueOrDefault(p.ElementNumber, ""), p.Reason)).ToList());
        }).ToList();
        var history = await db.Set<CertificateEvent>().AsNoTracking().Where(e => e.CertificateId == c.Id)
            .Select(e => new CertificateHistoryLine(e.At, e.Kind, e.FromStatus, e.ToStatus, e.Reason, e.UserName)).ToListAsync(ct);
        var holdings = await HoldingsAsync(db, [c.OrganisationId], today, ct);
        return new CertificateDetails(c.Id, c.Number, c.OrganisationId, names.Organisation, c.CertificationBodyId, names.Body, c.AssessmentId,
            names.Standard, names.Label, c.Scope, c.OriginalIssuedOn, c.IssuedOn, c.ExpiresOn, c.StatusOn(today), c.StatusReason, c.StatusChangedAt,
            c.Confidential, milestones, plan, history.OrderByDescending(h => h.At).ToList(), holdings.GetValueOrDefault(c.OrganisationId));
    }

    /// <summary>
    /// For each certificate, the annual reviews of its organisation by its body decided since its current cycle
    /// began: what marks the cycle's reviews done. One query however many certificates.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, int>> AnnualReviewsDoneAsync(AppDbContext db, IReadOnlyCollection<Certificate> certificates, CancellationToken ct = default)
    {
        if (certificates.Count == 0) return new Dictionary<Guid, int>();
        var organisationIds = certificates.Select(c => c.OrganisationId).Distinct().ToList();
        var earliest = certificates.Min(CycleStart);
        var decided = await db.Set<Assessment>().IgnoreQueryFilters()
            .Where(a => a.Type == AssessmentType.AnnualReview && a.Status == AssessmentStatus.Decided && a.DecidedAt >= earliest
                && organisationIds.Contains(a.OrganisationId))
            .Select(a => new { a.OrganisationId, a.CertificationBodyId, DecidedAt = a.DecidedAt!.Value })
            .ToListAsync(ct);
        return certificates.ToDictionary(c => c.Id, c => decided.Count(d =>
            d.OrganisationId == c.OrganisationId && d.CertificationBodyId == c.CertificationBodyId && d.DecidedAt >= CycleStart(c)));
    }

    public static async Task<int> AnnualReviewsDoneAsync(AppDbContext db, Certificate certificate, CancellationToken ct = default) =>
        (await AnnualReviewsDoneAsync(db, [certificate], ct))[certificate.Id];

    /// <summary>
    /// A client of a body is an organisation that has applied to it. Read with the body named, whatever the caller's
    /// tenant scope, because the answer allows or refuses.
    /// </summary>
    public static Task<bool> IsClientAsync(AppDbContext db, Guid bodyId, Guid organisationId, CancellationToken ct = default) =>
        db.Set<Assessment>().IgnoreQueryFilters().AnyAsync(a => a.CertificationBodyId == bodyId && a.OrganisationId == organisationId, ct);

    private static DateTimeOffset CycleStart(Certificate c) => new(c.IssuedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>
    /// How long each organisation has held the standard without a break, from its certificates (any body) and the
    /// predecessor awards its bodies entered. Organisations not holding it today are left out.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, Holding>> HoldingsAsync(AppDbContext db, IReadOnlyCollection<Guid> organisationIds, DateOnly today, CancellationToken ct = default)
    {
        var certificates = await db.Set<Certificate>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => organisationIds.Contains(c.OrganisationId))
            .Join(db.Set<Assessment>().IgnoreQueryFilters(), c => c.AssessmentId, a => a.Id, (c, a) => new { Certificate = c, a.StandardVersionId })
            .Join(db.StandardVersions, x => x.StandardVersionId, v => v.Id, (x, v) => new { x.Certificate, Standard = v.Standard!.Title })
            .ToListAsync(ct);
        var awards = await db.Set<PredecessorAward>().IgnoreQueryFilters().AsNoTracking()
            .Where(p => organisationIds.Contains(p.OrganisationId)).ToListAsync(ct);
        var result = new Dictionary<Guid, Holding>();
        foreach (var id in organisationIds.Distinct())
        {
            var periods = certificates.Where(x => x.Certificate.OrganisationId == id).Select(x => Continuity.Of(x.Certificate, x.Standard, today))
                .Concat(awards.Where(a => a.OrganisationId == id).Select(a => new HoldingPeriod(a.Name, a.HeldFrom, a.HeldUntil)));
            if (Continuity.On(periods, today) is { } holding) result[id] = holding;
        }
        return result;
    }
}
