using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Assessments;
using StandardBearer.Web.Pages.Assessments.DesktopReview;
using StandardBearer.Web.Pages.Assessments.VisitPlan;

namespace StandardBearer.Web.Api;

public sealed record SnapshotFileDto(Guid Id, string FileName, string MediaType, long Length, string DownloadUrl);
public sealed record SnapshotEvidenceDto(Guid ItemId, string Title, string? Description, EvidenceKind Kind, int Revision, string? Url, IReadOnlyList<SnapshotFileDto> Files);
public sealed record ReviewElementDto(
    string Number, string Title, bool InScope, bool CarriedForward, string? SelfRatingKey, string? SelfRatingName, string? Narrative, string? Owner,
    string? ProvisionalRatingKey, string? ProvisionalRatingName, string? ReviewNote, bool Reviewed, string? FinalRatingKey, string? FinalComment);
public sealed record EvidenceRequestDto(
    Guid Id, string ElementNumber, string Text, DateOnly DueOn, EvidenceRequestStatus Status, DateTimeOffset RaisedAt, string? RaisedBy,
    string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredBy, IReadOnlyList<SnapshotEvidenceDto> Evidence);
public sealed record ElementReviewDto(
    ReviewElementDto Element, string Statement, string? Guidance, IReadOnlyList<SnapshotEvidenceDto> Evidence, IReadOnlyList<EvidenceRequestDto> Requests);
public sealed record VisitSessionDto(
    Guid Id, DateOnly Date, string StartsAt, string EndsAt, string Site, SessionKind Kind, string KindName, string? Participants,
    IReadOnlyList<string> ElementNumbers, int Notes);
public sealed record SessionNoteDto(Guid Id, Guid SessionId, string ElementNumber, string Text, DateTimeOffset CreatedAt, string? CreatedBy);

/// <summary>The evidence request as sent: the date as text (yyyy-MM-dd), so a bad one gets a message against its field.</summary>
public sealed record RaiseEvidenceRequestBody(string? ElementNumber, string? Text, string? DueOn);

/// <summary>A visit session as sent: date yyyy-MM-dd, times HH:mm, kind by name (CustomerInterview, Observation…).</summary>
public sealed record VisitSessionBody(
    string? Date, string? StartsAt, string? EndsAt, string? Site, string? Kind, string? Participants, IReadOnlyList<string>? ElementNumbers);

/// <summary>
/// The body's side of the desktop review and the visit for API clients: the snapshot, review notes and provisional
/// ratings, evidence requests, the visit plan and session notes. The same reads and service methods as the pages,
/// and the same access: an assessor of the body who is not on the assessment's team gets 404 on every endpoint.
/// </summary>
public static class AssessmentReviewApi
{
    public static void MapAssessmentReviewApi(this RouteGroupBuilder v1)
    {
        // One access rule for the whole group: the body's roles, then the assessment's own (admins and the team).
        var assessment = v1.MapGroup("/certification-bodies/{bodyId:guid}/assessments/{assessmentId:guid}")
            .RequireRoles(Role.CertificationBodyAdmin, Role.Assessor)
            .AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                var route = http.Request.RouteValues;
                var access = Guid.TryParse(route["bodyId"]?.ToString(), out var bodyId) && Guid.TryParse(route["assessmentId"]?.ToString(), out var assessmentId)
                    ? await AssessmentPages.AtBodyAsync(http.RequestServices.GetRequiredService<AppDbContext>(), http.RequestServices.GetRequiredService<CurrentUser>(),
                        bodyId, assessmentId, http.RequestAborted)
                    : null;
                if (access is null) return ApiRoutes.Problem(StatusCodes.Status404NotFound, "Assessment not found.");
                http.Items[typeof(AssessmentAccess)] = access;
                return await next(context);
            });

        assessment.MapGet("/elements", ListElements).WithName("ListAssessmentElements")
            .WithSummary("The snapshot's elements: the organisation's self-assessment as it applied, and the review and ratings so far");
        assessment.MapGet("/elements/{number}", GetElement).WithName("GetAssessmentElement")
            .WithSummary("One element: the standard's text, the frozen self-assessment and evidence, the review, and its evidence requests");
        assessment.MapPut("/elements/{number}/review", RecordReview).WithName("RecordElementReview")
            .WithSummary("An assigned assessor's provisional rating (a key of the version's scale, or null), review note and whether it is reviewed");
        assessment.MapGet("/files/{fileId:guid}", Download).WithName("DownloadSnapshotFile")
            .WithSummary("A file of the snapshot's evidence, as an attachment");
        assessment.MapGet("/evidence-requests", ListRequests).WithName("ListEvidenceRequests")
            .WithSummary("The assessment's evidence requests with the organisation's answers");
        assessment.MapPost("/evidence-requests", RaiseRequest).WithName("RaiseEvidenceRequest")
            .WithSummary("Ask the organisation for more evidence on an element in scope: elementNumber, text, dueOn (yyyy-MM-dd)");
        assessment.MapGet("/visit/sessions", ListSessions).WithName("ListVisitSessions").WithSummary("The visit plan's sessions in time order");
        assessment.MapPost("/visit/sessions", PlanSession).WithName("PlanVisitSession")
            .WithSummary("Add a session: date (yyyy-MM-dd), startsAt and endsAt (HH:mm), site, kind, participants, elementNumbers");
        assessment.MapPut("/visit/sessions/{sessionId:guid}", UpdateSession).WithName("UpdateVisitSession").WithSummary("Change a session");
        assessment.MapDelete("/visit/sessions/{sessionId:guid}", RemoveSession).WithName("RemoveVisitSession")
            .WithSummary("Take a session off the plan (refused with 409 once it has notes)");
        assessment.MapGet("/visit/sessions/{sessionId:guid}/notes", ListNotes).WithName("ListSessionNotes").WithSummary("The notes recorded in a session");
        assessment.MapPost("/visit/sessions/{sessionId:guid}/notes", RecordNote).WithName("RecordSessionNote")
            .WithSummary("Record a note against an element of the assessment: elementNumber, text");
    }

    private static AssessmentAccess Access(HttpContext http) => (AssessmentAccess)http.Items[typeof(AssessmentAccess)]!;

    private static string BasePath(AssessmentAccess a) => $"/api/v1/certification-bodies/{a.CertificationBodyId}/assessments/{a.AssessmentId}";

    private static async Task<Ok<List<ReviewElementDto>>> ListElements(HttpContext http, AppDbContext db, CancellationToken ct)
    {
        var access = Access(http);
        var tree = await ReviewQueries.TreeAsync(db, access, ct);
        var titles = tree.Elements.ToDictionary(e => e.Number, e => e.Title);
        var names = ReviewQueries.RatingNames(tree);
        return TypedResults.Ok((await AssessmentQueries.ElementsAsync(db, access, ct))
            .Select(e => Element(e, titles.GetValueOrDefault(e.Number, ""), names)).ToList());
    }

    private static async Task<Results<Ok<ElementReviewDto>, ProblemHttpResult>> GetElement(string number, HttpContext http, AppDbContext db, CancellationToken ct)
    {
        var access = Access(http);
        var element = await ElementAsync(db, access, number, ct);
        return element is null ? NotFound($"Element {number} is not part of this assessment.") : TypedResults.Ok(element);
    }

    private static async Task<Results<Ok<ElementReviewDto>, ValidationProblem, ProblemHttpResult>> RecordReview(
        string number, RecordReviewRequest request, HttpContext http, AppDbContext db, AssessmentService service, CurrentUser user, CancellationToken ct)
    {
        var access = Access(http);
        try
        {
            await service.RecordReviewAsync(access.CertificationBodyId, access.AssessmentId, number, request, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        catch (NotFoundException)
        {
            return NotFound($"Element {number} is not part of this assessment.");
        }
        return TypedResults.Ok((await ElementAsync(db, access, number, ct))!);
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(Guid fileId, HttpContext http, AppDbContext db, IEvidenceStore store, CancellationToken ct)
    {
        var file = await SnapshotEvidence.OpenAsync(db, store, Access(http), fileId, ct);
        if (file is null) return NotFound("File not found: it is not part of this assessment's evidence.");
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(file.Content, file.MediaType, file.FileName);
    }

    private static async Task<Ok<List<EvidenceRequestDto>>> ListRequests(HttpContext http, AppDbContext db, CancellationToken ct)
    {
        var access = Access(http);
        var requests = await ReviewQueries.RequestsAsync(db, access, await ReviewQueries.TreeAsync(db, access, ct), null, ct);
        return TypedResults.Ok(requests.Select(r => Request(access, r)).ToList());
    }

    private static async Task<Results<Created<EvidenceRequestDto>, ValidationProblem>> RaiseRequest(
        RaiseEvidenceRequestBody body, HttpContext http, AppDbContext db, AssessmentService service, CurrentUser user, CancellationToken ct)
    {
        var access = Access(http);
        var errors = new Dictionary<string, string[]>();
        var due = ParseDate(body.DueOn, nameof(RaiseEvidenceRequest.DueOn), "The due date", errors);
        if (errors.Count > 0) return Invalid(errors);
        EvidenceRequest raised;
        try
        {
            raised = await service.RaiseEvidenceRequestAsync(access.CertificationBodyId, access.AssessmentId,
                new RaiseEvidenceRequest { ElementNumber = body.ElementNumber ?? "", Text = body.Text ?? "", DueOn = due }, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        var requests = await ReviewQueries.RequestsAsync(db, access, await ReviewQueries.TreeAsync(db, access, ct), raised.ElementNumber, ct);
        return TypedResults.Created($"{BasePath(access)}/evidence-requests", Request(access, requests.Single(r => r.Id == raised.Id)));
    }

    private static async Task<Ok<List<VisitSessionDto>>> ListSessions(HttpContext http, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await VisitPlanQueries.SessionsAsync(db, Access(http), ct)).Select(Session).ToList());

    private static async Task<Results<Created<VisitSessionDto>, ValidationProblem>> PlanSession(
        VisitSessionBody body, HttpContext http, AppDbContext db, AssessmentService service, CurrentUser user, CancellationToken ct)
    {
        var access = Access(http);
        var errors = new Dictionary<string, string[]>();
        var request = SessionRequest(body, errors);
        if (errors.Count > 0) return Invalid(errors);
        VisitSession session;
        try
        {
            session = await service.PlanSessionAsync(access.CertificationBodyId, access.AssessmentId, request, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        var created = await VisitPlanQueries.SessionAsync(db, access, session.Id, ct);
        return TypedResults.Created($"{BasePath(access)}/visit/sessions/{session.Id}", Session(created!));
    }

    private static async Task<Results<Ok<VisitSessionDto>, ValidationProblem>> UpdateSession(
        Guid sessionId, VisitSessionBody body, HttpContext http, AppDbContext db, AssessmentService service, CurrentUser user, CancellationToken ct)
    {
        var access = Access(http);
        var errors = new Dictionary<string, string[]>();
        var request = SessionRequest(body, errors);
        if (errors.Count > 0) return Invalid(errors);
        try
        {
            await service.UpdateSessionAsync(access.CertificationBodyId, access.AssessmentId, sessionId, request, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        return TypedResults.Ok(Session((await VisitPlanQueries.SessionAsync(db, access, sessionId, ct))!));
    }

    private static async Task<NoContent> RemoveSession(Guid sessionId, HttpContext http, AssessmentService service, CurrentUser user, CancellationToken ct)
    {
        var access = Access(http);
        await service.RemoveSessionAsync(access.CertificationBodyId, access.AssessmentId, sessionId, user.Actor, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<SessionNoteDto>>, ProblemHttpResult>> ListNotes(Guid sessionId, HttpContext http, AppDbContext db, CancellationToken ct)
    {
        var session = await VisitPlanQueries.SessionAsync(db, Access(http), sessionId, ct);
        if (session is null) return NotFound("Session not found.");
        return TypedResults.Ok(session.Notes.Select(Note).ToList());
    }

    private static async Task<Results<Created<SessionNoteDto>, ValidationProblem>> RecordNote(
        Guid sessionId, RecordSessionNoteRequest request, HttpContext http, AssessmentService service, CurrentUser user, CancellationToken ct)
    {
        var access = Access(http);
        try
        {
            var note = await service.RecordSessionNoteAsync(access.CertificationBodyId, access.AssessmentId, sessionId, request, user.Actor, ct);
            return TypedResults.Created($"{BasePath(access)}/visit/sessions/{sessionId}/notes",
                new SessionNoteDto(note.Id, note.VisitSessionId, note.ElementNumber, note.Text, note.CreatedAt, note.CreatedByName));
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
    }

    private static async Task<ElementReviewDto?> ElementAsync(AppDbContext db, AssessmentAccess access, string number, CancellationToken ct)
    {
        var tree = await ReviewQueries.TreeAsync(db, access, ct);
        if (await ReviewQueries.ElementAsync(db, access, tree, number, ct) is not { } review) return null;
        return new ElementReviewDto(Element(review.Element, review.Text.Title, ReviewQueries.RatingNames(tree)), review.Text.Statement, review.Text.Guidance,
            review.Evidence.Select(i => Evidence(access, i)).ToList(), review.Requests.Select(r => Request(access, r)).ToList());
    }

    private static ReviewElementDto Element(AssessmentElementView e, string title, Dictionary<string, string> names) =>
        new(e.Number, title, e.InScope, e.CarriedForward, e.SelfRatingKey, Name(names, e.SelfRatingKey), e.Narrative, e.OwnerName,
            e.ProvisionalRatingKey, Name(names, e.ProvisionalRatingKey), e.ReviewNote, e.Reviewed, e.FinalRatingKey, e.FinalComment);

    private static string? Name(Dictionary<string, string> names, string? key) => key is null ? null : names.GetValueOrDefault(key, key);

    private static SnapshotEvidenceDto Evidence(AssessmentAccess access, SnapshotItem i) =>
        new(i.ItemId, i.Title, i.Description, i.Kind, i.RevisionNumber, i.Url,
            i.Files.Select(f => new SnapshotFileDto(f.FileId, f.FileName, f.MediaType, f.Length, $"{BasePath(access)}/files/{f.FileId}")).ToList());

    private static EvidenceRequestDto Request(AssessmentAccess access, EvidenceRequestView r) =>
        new(r.Id, r.ElementNumber, r.Text, r.DueOn, r.Status, r.RaisedAt, r.RaisedByName, r.Answer, r.AnsweredAt, r.AnsweredByName,
            r.Evidence.Select(i => Evidence(access, i)).ToList());

    private static VisitSessionDto Session(VisitSessionView s) =>
        new(s.Id, s.Date, s.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture), s.EndsAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            s.Site, s.Kind, s.KindName, s.Participants, s.ElementNumbers, s.Notes.Count);

    private static SessionNoteDto Note(SessionNoteView n) => new(n.Id, n.SessionId, n.ElementNumber, n.Text, n.CreatedAt, n.CreatedByName);

    /// <summary>The body as the service takes it; anything unreadable is put in <paramref name="errors"/> against its field.</summary>
    private static PlanSessionRequest SessionRequest(VisitSessionBody body, Dictionary<string, string[]> errors)
    {
        var (starts, startError) = VisitTimes.Parse(body.StartsAt, "start");
        var (ends, endError) = VisitTimes.Parse(body.EndsAt, "end");
        if (startError is not null) errors[nameof(PlanSessionRequest.StartsAt)] = [startError];
        if (endError is not null) errors[nameof(PlanSessionRequest.EndsAt)] = [endError];
        SessionKind? kind = null;
        if (!string.IsNullOrWhiteSpace(body.Kind))
        {
            // Names only, as everywhere else in the API: Enum.TryParse would also take "3".
            if (body.Kind.All(char.IsLetter) && Enum.TryParse<SessionKind>(body.Kind, ignoreCase: true, out var parsed)) kind = parsed;
            else errors[nameof(PlanSessionRequest.Kind)] = [$"Select the kind of session: one of {string.Join(", ", Enum.GetNames<SessionKind>())}"];
        }
        return new PlanSessionRequest
        {
            Date = ParseDate(body.Date, nameof(PlanSessionRequest.Date), "The date of the session", errors),
            StartsAt = starts, EndsAt = ends, Site = body.Site ?? "", Kind = kind, Participants = body.Participants, ElementNumbers = body.ElementNumbers ?? [],
        };
    }

    private static DateOnly? ParseDate(string? value, string field, string label, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[field] = [$"{label} must be a real date, written as yyyy-MM-dd, like 2027-03-31"];
        return null;
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, type: ProblemTypes.For(400), title: ProblemTypes.TitleFor(400));

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound,
            title: ProblemTypes.TitleFor(404), type: ProblemTypes.For(404));
}
