using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.BestPractice;

/// <summary>One case on a list: the organisation's own, or the standard owner's moderation queue.</summary>
public sealed record CaseRow(
    Guid Id, Guid OrganisationId, string OrganisationName, string ElementNumber, string ElementTitle, int Year, string? Title, CaseStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt);

/// <summary>A case in full, with the names a reader needs: organisation, certification body, element and criterion.</summary>
public sealed record CaseDetails(
    Guid Id, Guid OrganisationId, string OrganisationName, Guid CertificationBodyId, string BodyName, Guid AssessmentId,
    string ElementNumber, string ElementTitle, string CriterionNumber, string CriterionTitle, int Year, string AssessorComment,
    string? Title, string? Description, string? Results, string? ContactName, string? ContactEmail, CaseStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt, DateTimeOffset? ConsentedAt, string? DeclineReason,
    string? ModerationNote, DateTimeOffset? ModeratedAt, DateTimeOffset? PublishedAt)
{
    public string StatusName => CaseNames.Display(Status);
}

/// <summary>
/// Who sees which cases, in one place for pages, the API and <see cref="BestPracticeService"/>. The organisation
/// sees its cases once the assessment's report is released (before that the ratings are not its to see), except
/// withdrawn ones. The standard owner sees only cases the organisation has consented to at some point: submitted,
/// sent back for changes, published or rejected; never drafts, declined or withdrawn ones.
/// </summary>
public static class BestPracticeQueries
{
    public static readonly IReadOnlyList<CaseStatus> ModerationStatuses =
        [CaseStatus.Submitted, CaseStatus.ChangesRequested, CaseStatus.Published, CaseStatus.Rejected];

    /// <summary>The organisation's visible cases. Relies on the tenant filter as well as naming the organisation.</summary>
    public static IQueryable<BestPracticeCase> ForOrganisation(AppDbContext db, Guid organisationId) =>
        db.BestPracticeCases.Where(c => c.OrganisationId == organisationId && c.Status != CaseStatus.Withdrawn
            && db.Set<Assessment>().Any(a => a.Id == c.AssessmentId && (a.Status == AssessmentStatus.ReportReleased || a.Status == AssessmentStatus.Decided)));

    /// <summary>
    /// Cross-tenant by design: the standard owner moderates every organisation's cases, and has no tenant scope.
    /// The only read of cases across organisations outside the public library.
    /// </summary>
    public static IQueryable<BestPracticeCase> ForModeration(AppDbContext db) =>
        db.BestPracticeCases.IgnoreQueryFilters().Where(c => c.Status == CaseStatus.Submitted || c.Status == CaseStatus.ChangesRequested
            || c.Status == CaseStatus.Published || c.Status == CaseStatus.Rejected);

    /// <summary>The organisation's cases, newest year first, then in the standard's order.</summary>
    public static async Task<IReadOnlyList<CaseRow>> OrganisationListAsync(AppDbContext db, Guid organisationId, CancellationToken ct) =>
        (await Rows(db, ForOrganisation(db, organisationId)).ToListAsync(ct))
        .OrderByDescending(r => r.Year).ThenBy(r => r.ElementNumber, ElementNumberComparer.Instance).ToList();

    /// <summary>The moderation queue: cases awaiting moderation first (oldest first), then the others by status, most recently changed first.</summary>
    public static async Task<IReadOnlyList<CaseRow>> ModerationListAsync(AppDbContext db, CaseStatus? status, CancellationToken ct)
    {
        var cases = ForModeration(db);
        if (status is { } s) cases = cases.Where(c => c.Status == s);
        var order = ModerationStatuses.ToList();
        return (await Rows(db, cases).ToListAsync(ct))
            .OrderBy(r => order.IndexOf(r.Status))
            .ThenBy(r => r.Status == CaseStatus.Submitted ? (r.UpdatedAt ?? r.CreatedAt).UtcTicks : -(r.UpdatedAt ?? r.CreatedAt).UtcTicks)
            .ToList();
    }

    public static async Task<CaseDetails?> OrganisationDetailsAsync(AppDbContext db, Guid organisationId, Guid caseId, CancellationToken ct) =>
        await DetailsAsync(db, ForOrganisation(db, organisationId).Where(c => c.Id == caseId), ct);

    public static async Task<CaseDetails?> ModerationDetailsAsync(AppDbContext db, Guid caseId, CancellationToken ct) =>
        await DetailsAsync(db, ForModeration(db).Where(c => c.Id == caseId), ct);

    private static IQueryable<CaseRow> Rows(AppDbContext db, IQueryable<BestPracticeCase> cases) =>
        cases.Select(c => new CaseRow(
            c.Id, c.OrganisationId, db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(), c.ElementNumber,
            db.Elements.Where(e => e.StandardVersionId == c.StandardVersionId && e.Number == c.ElementNumber).Select(e => e.Title).FirstOrDefault() ?? "",
            c.Year, c.Title, c.Status, c.CreatedAt, c.UpdatedAt));

    private static async Task<CaseDetails?> DetailsAsync(AppDbContext db, IQueryable<BestPracticeCase> query, CancellationToken ct)
    {
        var c = await query.AsNoTracking().SingleOrDefaultAsync(ct);
        if (c is null) return null;
        var names = await db.Organisations.Where(o => o.Id == c.OrganisationId)
            .Select(o => new { Organisation = o.Name, Body = db.CertificationBodies.Where(b => b.Id == c.CertificationBodyId).Select(b => b.Name).First() })
            .SingleAsync(ct);
        var element = await (
            from e in db.Elements
            where e.StandardVersionId == c.StandardVersionId && e.Number == c.ElementNumber
            join s in db.SubCriteria on e.SubCriterionId equals s.Id
            join cr in db.Criteria on s.CriterionId equals cr.Id
            select new { e.Title, Criterion = cr.Number, CriterionTitle = cr.Title }).FirstOrDefaultAsync(ct);
        return new CaseDetails(
            c.Id, c.OrganisationId, names.Organisation, c.CertificationBodyId, names.Body, c.AssessmentId,
            c.ElementNumber, element?.Title ?? "", element?.Criterion ?? ElementNumberComparer.CriterionOf(c.ElementNumber), element?.CriterionTitle ?? "", c.Year, c.AssessorComment,
            c.Title, c.Description, c.Results, c.ContactName, c.ContactEmail, c.Status,
            c.CreatedAt, c.UpdatedAt, c.ConsentedAt, c.DeclineReason, c.ModerationNote, c.ModeratedAt, c.PublishedAt);
    }
}
