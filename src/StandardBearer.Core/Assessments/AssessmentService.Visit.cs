using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;

namespace StandardBearer.Core.Assessments;

/// <summary>The on-site visit: the plan of sessions, and the assessors' notes from each session.</summary>
public sealed partial class AssessmentService
{
    public async Task<VisitSession> PlanSessionAsync(Guid bodyId, Guid assessmentId, PlanSessionRequest request, Actor actor, CancellationToken ct = default)
    {
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        RequireAssessor(access, "plan the visit");
        RequireStatus(assessment, "plan the visit", AssessmentStatus.DesktopReview, AssessmentStatus.OnSite);
        var elements = await CheckSessionAsync(assessmentId, request, ct);
        var session = new VisitSession
        {
            Id = db.NewId(), AssessmentId = assessmentId, OrganisationId = assessment.OrganisationId, CertificationBodyId = bodyId,
            Site = request.Site.Trim(), ElementNumbers = elements,
        };
        Apply(session, request, elements);
        db.Add(session);
        db.Record(actor, "VisitSessionPlanned", $"VisitSession/{session.Id}", assessment.OrganisationId, bodyId, after: Describe(session));
        await db.SaveChangesAsync(ct);
        return session;
    }

    public async Task UpdateSessionAsync(Guid bodyId, Guid assessmentId, Guid sessionId, PlanSessionRequest request, Actor actor, CancellationToken ct = default)
    {
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        RequireAssessor(access, "change the visit plan");
        RequireStatus(assessment, "change the visit plan", AssessmentStatus.DesktopReview, AssessmentStatus.OnSite);
        var session = await SessionAsync(assessmentId, sessionId, ct);
        var elements = await CheckSessionAsync(assessmentId, request, ct);
        var before = Describe(session);
        Apply(session, request, elements);
        db.Record(actor, "VisitSessionUpdated", $"VisitSession/{session.Id}", assessment.OrganisationId, bodyId, before: before, after: Describe(session));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Takes a session off the plan. Refused once it has notes, so nothing the assessor recorded is lost.</summary>
    public async Task RemoveSessionAsync(Guid bodyId, Guid assessmentId, Guid sessionId, Actor actor, CancellationToken ct = default)
    {
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        RequireAssessor(access, "change the visit plan");
        RequireStatus(assessment, "change the visit plan", AssessmentStatus.DesktopReview, AssessmentStatus.OnSite);
        var session = await SessionAsync(assessmentId, sessionId, ct);
        if (await db.Set<SessionNote>().AnyAsync(n => n.VisitSessionId == sessionId, ct))
            throw new ConflictException("This session has notes, so it cannot be removed. Change it instead.");
        db.Remove(session);
        db.Record(actor, "VisitSessionRemoved", $"VisitSession/{session.Id}", assessment.OrganisationId, bodyId, before: Describe(session));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An assessor's note from a session about one element. The first note means the visit has begun.</summary>
    public async Task<SessionNote> RecordSessionNoteAsync(Guid bodyId, Guid assessmentId, Guid sessionId, RecordSessionNoteRequest request, Actor actor, CancellationToken ct = default)
    {
        var errors = Validation.ErrorsOf(request);
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        RequireAssessor(access, "record session notes");
        RequireStatus(assessment, "record session notes", AssessmentStatus.DesktopReview, AssessmentStatus.OnSite, AssessmentStatus.Rated);
        var session = await SessionAsync(assessmentId, sessionId, ct);
        var number = request.ElementNumber.Trim();
        if (number.Length > 0 && !await db.Set<AssessmentElement>().AnyAsync(e => e.AssessmentId == assessmentId && e.ElementNumber == number, ct))
            errors[nameof(RecordSessionNoteRequest.ElementNumber)] = ["Select an element of this assessment"];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var note = new SessionNote
        {
            Id = db.NewId(), AssessmentId = assessmentId, OrganisationId = assessment.OrganisationId, CertificationBodyId = bodyId, VisitSessionId = session.Id,
            ElementNumber = number, Text = Validation.CleanText(request.Text)!, CreatedAt = db.Time.GetUtcNow(), CreatedByUserId = actor.UserId, CreatedByName = actor.Name,
        };
        db.Add(note);
        if (assessment.Status == AssessmentStatus.DesktopReview) assessment.Status = AssessmentStatus.OnSite;
        db.Record(actor, "SessionNoteRecorded", $"VisitSession/{session.Id}", assessment.OrganisationId, bodyId,
            after: new { Element = number, TextLength = note.Text.Length });
        await db.SaveChangesAsync(ct);
        return note;
    }

    private async Task<VisitSession> SessionAsync(Guid assessmentId, Guid sessionId, CancellationToken ct) =>
        await db.Set<VisitSession>().SingleOrDefaultAsync(s => s.Id == sessionId && s.AssessmentId == assessmentId, ct)
        ?? throw new NotFoundException("Session not found");

    /// <summary>Validates a session and returns its element numbers, trimmed, distinct and in the standard's order.</summary>
    private async Task<List<string>> CheckSessionAsync(Guid assessmentId, PlanSessionRequest request, CancellationToken ct)
    {
        var errors = Validation.ErrorsOf(request);
        if (request.StartsAt is { } start && request.EndsAt is { } end && end <= start)
            errors[nameof(PlanSessionRequest.EndsAt)] = ["The end time must be after the start time"];
        if (request.Kind is { } kind && !Enum.IsDefined(kind))
            errors[nameof(PlanSessionRequest.Kind)] = ["Select the kind of session"];
        var wanted = request.ElementNumbers.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Set<AssessmentElement>().Where(e => e.AssessmentId == assessmentId && wanted.Contains(e.ElementNumber))
            .OrderBy(e => e.Order).Select(e => e.ElementNumber).ToListAsync(ct);
        if (known.Count != wanted.Count)
            errors[nameof(PlanSessionRequest.ElementNumbers)] = ["Select elements of this assessment"];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return known;
    }

    private static void Apply(VisitSession session, PlanSessionRequest request, List<string> elements)
    {
        session.Date = request.Date!.Value;
        session.StartsAt = request.StartsAt!.Value;
        session.EndsAt = request.EndsAt!.Value;
        session.Site = request.Site.Trim();
        session.Kind = request.Kind!.Value;
        session.Participants = Validation.CleanText(request.Participants);
        session.ElementNumbers = elements;
    }

    private static object Describe(VisitSession s) => new
    {
        Date = s.Date.ToString("yyyy-MM-dd"), Starts = s.StartsAt.ToString("HH:mm"), Ends = s.EndsAt.ToString("HH:mm"), s.Site,
        Kind = s.Kind.ToString(), s.Participants, Elements = string.Join(", ", s.ElementNumbers),
    };
}
