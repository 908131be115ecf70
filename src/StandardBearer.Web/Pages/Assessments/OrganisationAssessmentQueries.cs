using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Data;

namespace StandardBearer.Web.Pages.Assessments;

public sealed record OrganisationAssessmentRow(
    Guid Id, string BodyName, AssessmentType Type, AssessmentStatus Status, DateTimeOffset AppliedAt, DateOnly? VisitStartsOn, DateOnly? VisitEndsOn);

public sealed record CertificateRow(Guid Id, string Number, string BodyName, string Scope, DateOnly IssuedOn, DateOnly ExpiresOn, CertificateStatus Status, Guid AssessmentId);

/// <summary>An evidence request as the organisation sees it: what was asked, and what it answered with.</summary>
public sealed record EvidenceRequestRow(
    Guid Id, Guid AssessmentId, string ElementNumber, string Text, DateOnly DueOn, EvidenceRequestStatus Status, string? RaisedByName,
    DateTimeOffset RaisedAt, string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredByName, IReadOnlyList<string> AnsweredWith)
{
    public bool IsOverdue(DateOnly today) => Status == EvidenceRequestStatus.Open && DueOn < today;
}

/// <summary>The organisation's side of its assessments. Rows come through the organisation's tenant filter.</summary>
public static class OrganisationAssessmentQueries
{
    public static async Task<IReadOnlyList<OrganisationAssessmentRow>> AssessmentsAsync(AppDbContext db, Guid organisationId, CancellationToken ct) =>
        await db.Set<Assessment>().Where(a => a.OrganisationId == organisationId).OrderByDescending(a => a.AppliedAt)
            .Select(a => new OrganisationAssessmentRow(a.Id, db.CertificationBodies.Where(b => b.Id == a.CertificationBodyId).Select(b => b.Name).Single(),
                a.Type, a.Status, a.AppliedAt, a.VisitStartsOn, a.VisitEndsOn))
            .ToListAsync(ct);

    /// <summary>The organisation's certificates, newest first, each with its status as of <paramref name="today"/> (one past its expiry reads as expired).</summary>
    public static async Task<IReadOnlyList<CertificateRow>> CertificatesAsync(AppDbContext db, Guid organisationId, DateOnly today, CancellationToken ct) =>
        (await db.Set<Certificate>().AsNoTracking().Where(c => c.OrganisationId == organisationId).OrderByDescending(c => c.IssuedOn)
            .Select(c => new { Certificate = c, BodyName = db.CertificationBodies.Where(b => b.Id == c.CertificationBodyId).Select(b => b.Name).Single() })
            .ToListAsync(ct))
        .Select(x => new CertificateRow(x.Certificate.Id, x.Certificate.Number, x.BodyName, x.Certificate.Scope, x.Certificate.IssuedOn, x.Certificate.ExpiresOn,
            x.Certificate.StatusOn(today), x.Certificate.AssessmentId))
        .ToList();

    /// <summary>The requests of one assessment, or of every assessment still in progress when <paramref name="assessmentId"/> is null; open ones first, by due date.</summary>
    public static async Task<IReadOnlyList<EvidenceRequestRow>> RequestsAsync(AppDbContext db, Guid organisationId, Guid? assessmentId, CancellationToken ct)
    {
        var query = db.Set<EvidenceRequest>().Where(r => r.OrganisationId == organisationId);
        query = assessmentId is { } id
            ? query.Where(r => r.AssessmentId == id)
            : query.Where(r => db.Set<Assessment>().Any(a => a.Id == r.AssessmentId && a.Status != AssessmentStatus.Decided && a.Status != AssessmentStatus.Declined));
        var rows = await query
            .Select(r => new
            {
                r.Id, r.AssessmentId, r.ElementNumber, r.Text, r.DueOn, r.Status, r.RaisedByName, r.RaisedAt, r.Answer, r.AnsweredAt, r.AnsweredByName,
                With = db.Set<AssessmentEvidence>().Where(e => e.EvidenceRequestId == r.Id).OrderBy(e => e.Title).Select(e => e.Title).ToList(),
            })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Status).ThenBy(r => r.DueOn).ThenBy(r => r.RaisedAt)
            .Select(r => new EvidenceRequestRow(r.Id, r.AssessmentId, r.ElementNumber, r.Text, r.DueOn, r.Status, r.RaisedByName, r.RaisedAt,
                r.Answer, r.AnsweredAt, r.AnsweredByName, r.With))
            .ToList();
    }
}

/// <summary>The organisation's open evidence requests as a task list, on the assessment page and the self-assessment task list.</summary>
public sealed record OpenRequestList(Guid OrganisationId, IReadOnlyList<EvidenceRequestRow> Rows, DateOnly Today);
