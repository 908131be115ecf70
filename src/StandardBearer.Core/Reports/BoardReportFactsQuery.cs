using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Data;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Skills;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Reports;

/// <summary>
/// Reads <see cref="BoardReportFacts"/> for an organisation and year in a fixed number of queries, whatever the
/// number of elements, sessions or actions. Benchmarks and holdings read across tenants on purpose, through the
/// benchmarking and certificate reads the organisation's own pages use.
/// </summary>
public static class BoardReportFactsQuery
{
    public static async Task<BoardReportFacts> LoadAsync(AppDbContext db, Guid organisationId, int year, CancellationToken ct = default)
    {
        var today = Dates.Today(db.Time);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Name, o.PublishBenchmark }).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Organisation not found");
        var contact = await db.Set<BoardReport>().AsNoTracking().Where(r => r.OrganisationId == organisationId && r.Year == year)
            .Select(r => new { r.ContactName, r.ContactEmail }).SingleOrDefaultAsync(ct);

        // Assessments: the year's (the latest released or decided in the calendar year) and the one before it.
        var assessments = (await db.Set<Assessment>().AsNoTracking()
                .Where(a => a.OrganisationId == organisationId && (a.Status == AssessmentStatus.ReportReleased || a.Status == AssessmentStatus.Decided))
                .Select(a => new
                {
                    a.Id, a.Type, a.CertificationBodyId, a.LeadAssessorUserId, a.StandardVersionId, a.VisitStartsOn, a.VisitEndsOn,
                    a.ReportReleasedAt, a.DecidedAt, a.Outcome, a.Sites,
                })
                .ToListAsync(ct))
            .Select(a => (Assessment: a, Year: BoardReportQueries.AssessmentYear(a.VisitStartsOn, a.ReportReleasedAt, a.DecidedAt),
                At: a.VisitStartsOn?.ToDateTime(TimeOnly.MinValue) ?? (a.ReportReleasedAt ?? a.DecidedAt)!.Value.UtcDateTime))
            .OrderBy(a => a.At).ThenBy(a => a.Assessment.ReportReleasedAt).ToList();
        var currentIndex = assessments.FindLastIndex(a => a.Year == year);
        var current = currentIndex >= 0 ? assessments[currentIndex].Assessment : null;
        var previous = currentIndex > 0 ? assessments[currentIndex - 1] : default;
        var assessmentIds = new[] { current?.Id, previous.Assessment?.Id }.OfType<Guid>().ToList();
        var elements = await db.Set<AssessmentElement>().AsNoTracking().Where(e => assessmentIds.Contains(e.AssessmentId))
            .Select(e => new { e.AssessmentId, e.ElementNumber, e.Order, e.FinalRatingKey, e.FinalComment, e.CarriedForward })
            .ToListAsync(ct);
        List<SessionFacts> sessions = current is null ? [] : await db.Set<VisitSession>().AsNoTracking().Where(s => s.AssessmentId == current.Id)
            .OrderBy(s => s.Date).ThenBy(s => s.StartsAt)
            .Select(s => new SessionFacts(s.Date, s.Site, s.Kind, s.Participants)).ToListAsync(ct);

        // Continuous improvement and skills: the open self-assessment, its champions, actions and the year's learning.
        var selfElements = await db.Set<ElementSelfAssessment>().AsNoTracking()
            .Where(e => e.OrganisationId == organisationId && db.Set<SelfAssessmentRecord>().Any(s => s.Id == e.SelfAssessmentId && s.Status == SelfAssessmentStatus.Open))
            .Select(e => new { e.Id, e.Progress, e.OwnerUserId }).ToListAsync(ct);
        var openSelfAssessment = await db.Set<SelfAssessmentRecord>().AsNoTracking()
            .Where(s => s.OrganisationId == organisationId && s.Status == SelfAssessmentStatus.Open)
            .Select(s => new { s.StandardVersionId, s.StartedAt }).FirstOrDefaultAsync(ct);
        var champions = await db.Set<ElementChampion>().AsNoTracking().Where(c => c.OrganisationId == organisationId)
            .Select(c => new { c.ElementSelfAssessmentId, c.UserId }).ToListAsync(ct);
        var actions = await db.Set<ImprovementAction>().AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && a.Status != ActionStatus.Done)
            .Select(a => new { a.ElementNumber, a.Description, a.OwnerUserId, a.DueDate }).ToListAsync(ct);
        var (yearStart, yearEnd) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var learningHours = await db.Set<LearningActivity>().AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && a.Date >= yearStart && a.Date <= yearEnd).Select(a => a.Hours).ToListAsync(ct);
        var cases = await db.BestPracticeCases.AsNoTracking().Where(c => c.OrganisationId == organisationId && c.Status == CaseStatus.Published)
            .OrderBy(c => c.Year).ThenBy(c => c.ElementNumber).Select(c => new { c.Title, c.ElementNumber, c.Year }).ToListAsync(ct);

        // The standard versions: the year's assessment's (or the open self-assessment's, or the latest published) and the previous assessment's.
        var mainVersionId = current?.StandardVersionId ?? openSelfAssessment?.StandardVersionId
            ?? await db.StandardVersions.Where(v => v.Standard!.Code == BenchmarkQueries.DefaultStandard && v.Status == VersionStatus.Published)
                .OrderByDescending(v => v.PublishedAt).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(ct);
        var versionIds = new[] { mainVersionId, previous.Assessment?.StandardVersionId }.OfType<Guid>().Distinct().ToList();
        var versions = await db.StandardVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Include(v => v.Standard).Include(v => v.Ratings).Include(v => v.Criteria).ThenInclude(c => c.SubCriteria).ThenInclude(s => s.Elements)
            .AsSplitQuery().ToListAsync(ct);

        // Names: bodies and people.
        var certificate = await db.Set<Certificate>().AsNoTracking()
            .Where(c => c.OrganisationId == organisationId && (c.Status == CertificateStatus.Active || c.Status == CertificateStatus.Suspended))
            .OrderByDescending(c => c.IssuedOn).FirstOrDefaultAsync(ct);
        var bodyIds = new[] { current?.CertificationBodyId, certificate?.CertificationBodyId }.OfType<Guid>().Distinct().ToList();
        var bodies = await db.CertificationBodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var userIds = actions.Select(a => a.OwnerUserId).Append(current?.LeadAssessorUserId).OfType<Guid>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var reviewsDone = certificate is null ? 0 : await CertificateQueries.AnnualReviewsDoneAsync(db, certificate, ct);
        var holdings = await CertificateQueries.HoldingsAsync(db, [organisationId], today, ct);
        var benchmark = await BenchmarkQueries.LoadAsync(db, BenchmarkQueries.DefaultStandard, ct);
        var costs = await CostQueries.YearAsync(db, organisationId, year, ct);
        var previousCosts = await CostQueries.YearAsync(db, organisationId, year - 1, ct);

        var main = versions.SingleOrDefault(v => v.Id == mainVersionId);
        var openElementIds = selfElements.Select(e => e.Id).ToHashSet();
        var championIds = selfElements.Where(e => e.OwnerUserId is not null).Select(e => (e.Id, UserId: e.OwnerUserId!.Value))
            .Concat(champions.Where(c => openElementIds.Contains(c.ElementSelfAssessmentId)).Select(c => (Id: c.ElementSelfAssessmentId, c.UserId)))
            .ToList();

        var uses = new UseFacts(
            openSelfAssessment is null ? null : new SelfAssessmentFacts(selfElements.Count, selfElements.Count(e => e.Progress == ElementProgress.Completed),
                selfElements.Count(e => e.Progress == ElementProgress.InProgress), openSelfAssessment.StartedAt),
            actions.Count,
            actions.Count(a => a.DueDate < today),
            championIds.Select(c => c.UserId).Distinct().Count(),
            championIds.Select(c => c.Id).Distinct().Count(),
            learningHours.Sum(),
            learningHours.Count,
            assessments.Count(a => a.Year <= year),
            assessments.Where(a => a.Year <= year).Select(a => (int?)a.Year).Min(),
            cases.Where(c => c.Year <= year).Select(c => $"{c.ElementNumber}: {c.Title}").ToList());

        AssessmentFacts? assessmentFacts = null;
        if (current is not null && main is not null)
        {
            var texts = ElementsOf(main).ToDictionary(e => e.Number);
            var results = elements.Where(e => e.AssessmentId == current.Id).OrderBy(e => e.Order)
                .Select(e => new ElementResult(e.ElementNumber, texts.GetValueOrDefault(e.ElementNumber)?.Title ?? "", texts.GetValueOrDefault(e.ElementNumber)?.Statement ?? "",
                    e.FinalRatingKey, e.CarriedForward, e.FinalComment))
                .ToList();
            PreviousAssessmentFacts? previousFacts = null;
            if (previous.Assessment is { } before && versions.SingleOrDefault(v => v.Id == before.StandardVersionId) is { } beforeVersion)
            {
                var scale = RatingScale.Of(beforeVersion);
                var top = elements.Where(e => e.AssessmentId == before.Id && e.FinalRatingKey is not null && scale.Find(e.FinalRatingKey) is { } r
                        && Standings.KindOf(r, scale) == RatingKind.CompliancePlus)
                    .Select(e => e.ElementNumber).Order(ElementNumberComparer.Instance).ToList();
                previousFacts = new PreviousAssessmentFacts(previous.Year, top, ElementsOf(beforeVersion).ToDictionary(e => e.Number, e => e.Title));
            }
            assessmentFacts = new AssessmentFacts(
                current.Type,
                bodies.GetValueOrDefault(current.CertificationBodyId, ""),
                current.LeadAssessorUserId is { } lead ? people.GetValueOrDefault(lead) : null,
                current.VisitStartsOn,
                current.VisitEndsOn,
                current.ReportReleasedAt,
                current.DecidedAt,
                current.Outcome,
                current.Sites,
                sessions,
                main.Label,
                RatingScale.Of(main).Ratings,
                results,
                previousFacts,
                actions.OrderBy(a => a.DueDate).Select(a => new ActionFacts(a.ElementNumber, a.Description, a.OwnerUserId is { } o ? people.GetValueOrDefault(o) : null, a.DueDate)).ToList());
        }

        var holding = holdings.GetValueOrDefault(organisationId);
        var certificateFacts = certificate is null ? null : new CertificateFacts(certificate.Number, bodies.GetValueOrDefault(certificate.CertificationBodyId, ""),
            certificate.IssuedOn, certificate.ExpiresOn, certificate.StatusOn(today),
            CertificateCycle.Milestones(certificate.IssuedOn, certificate.ExpiresOn, reviewsDone).FirstOrDefault(m => !m.Done));

        return new BoardReportFacts(
            organisation.Name,
            year,
            today,
            main is null ? null : new StandardFacts(main.Standard?.Title ?? "", main.Label,
                main.Criteria.OrderBy(c => c.Order).Select(c => new CriterionFacts(c.Number, c.Title)).ToList(), ElementsOf(main).Count(), RatingScale.Of(main).Ratings),
            uses,
            holding is null ? null : new HoldingFacts(holding.Since, holding.Periods),
            assessmentFacts,
            Position(benchmark, organisationId, year, today, organisation.PublishBenchmark),
            benchmark.Organisations.ContainsKey(organisationId)
                ? Benchmarks.Trend(benchmark, organisationId, today).Where(t => t.Year <= year)
                    .Select(t => new TrendFacts(t.Year, t.AsOf, t.BodyName, t.Rank, t.Tied, t.Total, t.Score?.Points, t.Score?.CompliancePlus)).ToList()
                : [],
            costs,
            previousCosts,
            certificateFacts,
            contact?.ContactName,
            contact?.ContactEmail);
    }

    /// <summary>The organisation's view of its body's table at the end of the year (today for this year), as its benchmark page shows it.</summary>
    private static PositionFacts Position(BenchmarkData data, Guid organisationId, int year, DateOnly today, bool published)
    {
        if (Standings.AsOf(year, today) is not { } asOf) return new PositionFacts(null, null, false, false, null, published);
        if (data.HoldingOn(organisationId, asOf) is not { } holding) return new PositionFacts(asOf, null, false, false, null, published);
        var table = Benchmarks.Table(data, holding.CertificationBodyId, asOf, PeerGroup.All);
        var view = BenchmarkViews.ForOrganisation(table, organisationId);
        return new PositionFacts(asOf, table.Title, view.InTable, view.Suppressed, view.Position?.Sentence, published);
    }

    private static IEnumerable<Element> ElementsOf(StandardVersion version) =>
        version.Criteria.OrderBy(c => c.Order).SelectMany(c => c.SubCriteria.OrderBy(s => s.Order)).SelectMany(s => s.Elements.OrderBy(e => e.Order));
}
