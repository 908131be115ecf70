using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Assessments;

/// <summary>
/// The facts about an assessment that every page about it shows, and that open the report: who, what, where,
/// when, where it has got to and, once decided, the outcome and certificate. The same for both sides.
/// </summary>
public sealed record KeyInformation(
    Guid Id,
    Guid OrganisationId,
    string OrganisationName,
    Guid CertificationBodyId,
    string BodyName,
    string StandardLabel,
    Guid StandardVersionId,
    AssessmentType Type,
    AssessmentStatus Status,
    string Scope,
    string Sites,
    int StaffNumbers,
    string ContactName,
    string ContactEmail,
    string? ContactPhone,
    string? PreferredDates,
    DateTimeOffset AppliedAt,
    string? DeclineReason,
    Guid? LeadAssessorUserId,
    string? LeadAssessorName,
    IReadOnlyList<string> TeamNames,
    decimal? SuggestedDeskDays,
    decimal? SuggestedOnSiteDays,
    DateOnly? DocumentReviewOn,
    DateOnly? VisitStartsOn,
    DateOnly? VisitEndsOn,
    DateTimeOffset? ReportReleasedAt,
    OutcomeKind? Outcome,
    string? DecisionReasons,
    string? DecisionNote,
    DateTimeOffset? DecidedAt,
    string? DecidedByName,
    CertificateSummary? Certificate)
{
    public string TypeName => AssessmentNames.Display(Type);
    public string StatusName => AssessmentNames.Display(Status);
    public bool IsReportReleased => Status is AssessmentStatus.ReportReleased or AssessmentStatus.Decided;

    /// <summary>"4 March 2027 to 5 March 2027", "4 March 2027", or null before dates are agreed.</summary>
    public string? VisitDates => Dates.Range(VisitStartsOn, VisitEndsOn);
}

public sealed record CertificateSummary(Guid Id, string Number, string Scope, DateOnly IssuedOn, DateOnly ExpiresOn, CertificateStatus Status);

public static class AssessmentKeyInformation
{
    /// <summary>
    /// Organisation, body and user names are not tenant-owned, so either side can read them. The decision fields
    /// and the certificate come back only once decided; everything here is what both sides may see.
    /// </summary>
    public static async Task<KeyInformation> ForAsync(AppDbContext db, AssessmentAccess access, CancellationToken ct = default)
    {
        if (!access.CanSee) throw new NotFoundException("Assessment not found");
        var a = await db.Set<Assessment>().IgnoreQueryFilters().AsNoTracking().Include(x => x.Team)
            .SingleAsync(x => x.Id == access.AssessmentId, ct);
        var organisation = await db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var body = await db.CertificationBodies.Where(b => b.Id == a.CertificationBodyId).Select(b => b.Name).SingleAsync(ct);
        var standard = await db.StandardVersions.Where(v => v.Id == a.StandardVersionId)
            .Select(v => v.Standard!.Code + " " + v.Label).SingleAsync(ct);
        var people = a.Team.Select(t => t.UserId).Append(a.LeadAssessorUserId ?? Guid.Empty).ToList();
        var names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var certificate = a.Status == AssessmentStatus.Decided
            ? await db.Set<Certificate>().IgnoreQueryFilters().Where(c => c.AssessmentId == a.Id)
                .Select(c => new CertificateSummary(c.Id, c.Number, c.Scope, c.IssuedOn, c.ExpiresOn, c.Status)).SingleOrDefaultAsync(ct)
            : null;
        var decided = a.Status == AssessmentStatus.Decided;
        return new KeyInformation(
            a.Id, a.OrganisationId, organisation, a.CertificationBodyId, body, standard, a.StandardVersionId, a.Type, a.Status,
            a.ScopeText, a.Sites, a.StaffNumbers, a.ContactName, a.ContactEmail, a.ContactPhone, a.PreferredDates, a.AppliedAt,
            a.DeclineReason, a.LeadAssessorUserId,
            a.LeadAssessorUserId is { } lead ? names.GetValueOrDefault(lead) : null,
            a.Team.Where(t => t.UserId != a.LeadAssessorUserId).Select(t => names.GetValueOrDefault(t.UserId) ?? "").Where(n => n.Length > 0).Order().ToList(),
            a.SuggestedDeskDays, a.SuggestedOnSiteDays, a.DocumentReviewOn, a.VisitStartsOn, a.VisitEndsOn, a.ReportReleasedAt,
            decided ? a.Outcome : null, decided ? a.DecisionReasons : null, decided ? a.DecisionNote : null,
            decided ? a.DecidedAt : null, decided ? a.DecidedByName : null, certificate);
    }
}
