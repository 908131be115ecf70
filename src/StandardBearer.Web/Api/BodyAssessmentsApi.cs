using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Assessments;
using StandardBearer.Web.Pages.Bodies;

namespace StandardBearer.Web.Api;

public sealed record SizingTableDto(bool IsDefault, IReadOnlyList<SizingRow> Bands);

/// <summary>
/// The certification body's side of assessments for API clients: the list, each assessment's key information, the
/// admin's answers (accept, decline, assign, dates, decision), and the body's assessors, conflicts and sizing table.
/// The same checks as the pages: the route's tenant and role first, then <see cref="AssessmentPages.AtBodyAsync"/>
/// (an assessor not on the team gets 404), then the service, which refuses what the user may not do (403) or what
/// the stage does not allow (409).
/// </summary>
public static class BodyAssessmentsApi
{
    public static void MapBodyAssessmentsApi(this RouteGroupBuilder v1)
    {
        var body = v1.MapGroup("/certification-bodies/{bodyId:guid}");

        var assessments = body.MapGroup("/assessments").RequireRoles(Role.CertificationBodyAdmin, Role.Assessor);
        assessments.MapGet("", List).WithName("ListBodyAssessments")
            .WithSummary("The body's assessments: all of them for an admin, the ones they are assigned to for an assessor");
        assessments.MapGet("/{assessmentId:guid}", Get).WithName("GetBodyAssessment").WithSummary("An assessment's key information");
        assessments.MapPost("/{assessmentId:guid}/accept", Accept).WithName("AcceptAssessment").WithSummary("Accept a new application (admins)");
        assessments.MapPost("/{assessmentId:guid}/decline", Decline).WithName("DeclineAssessment").WithSummary("Decline a new application with a reason (admins)");
        assessments.MapPut("/{assessmentId:guid}/assignment", Assign).WithName("AssignAssessors")
            .WithSummary("Assign the lead assessor and any team (admins); assessors with a declared conflict are refused");
        assessments.MapPut("/{assessmentId:guid}/dates", AgreeDates).WithName("AgreeAssessmentDates")
            .WithSummary("Record the agreed document review and visit dates (admins and the lead assessor)");
        assessments.MapPost("/{assessmentId:guid}/decision", Decide).WithName("RecordAssessmentDecision")
            .WithSummary("Record the certification decision: an admin who did not assess the organisation (four eyes)");

        body.MapGet("/assessors", Assessors).RequireRoles(Role.CertificationBodyAdmin)
            .WithName("ListBodyAssessors").WithSummary("The body's assessors, active and deactivated");
        body.MapGet("/conflicts", Conflicts).RequireRoles(Role.CertificationBodyAdmin)
            .WithName("ListAssessorConflicts").WithSummary("The conflicts of interest the body's assessors have declared and not withdrawn");
        body.MapPost("/conflicts", DeclareConflict).RequireRoles(Role.CertificationBodyAdmin)
            .WithName("DeclareAssessorConflict").WithSummary("Declare that an assessor must not assess an organisation");
        body.MapDelete("/conflicts/{conflictId:guid}", WithdrawConflict).RequireRoles(Role.CertificationBodyAdmin)
            .WithName("WithdrawAssessorConflict").WithSummary("Withdraw a conflict of interest");
        body.MapGet("/sizing", GetSizing).RequireRoles(Role.CertificationBodyAdmin, Role.Assessor)
            .WithName("GetSizingTable").WithSummary("The body's sizing table, or the CSE default when it has not set one");
        body.MapPut("/sizing", ReplaceSizing).RequireRoles(Role.CertificationBodyAdmin)
            .WithName("ReplaceSizingTable").WithSummary("Replace the whole sizing table; only the last band is open-ended (upToStaff null)");
    }

    private static async Task<Ok<List<BodyAssessmentRow>>> List(
        Guid bodyId, AssessmentStatus? status, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        TypedResults.Ok(await BodyAssessmentQueries.ListAsync(db, bodyId, user.UserId!.Value, status, null, ct));

    private static async Task<Results<Ok<KeyInformation>, ProblemHttpResult>> Get(
        Guid bodyId, Guid assessmentId, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        return TypedResults.Ok(await AssessmentKeyInformation.ForAsync(db, access, ct));
    }

    private static Task<Results<Ok<KeyInformation>, ValidationProblem, ProblemHttpResult>> Accept(
        Guid bodyId, Guid assessmentId, AssessmentService service, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        ChangeAsync(db, user, bodyId, assessmentId, () => service.AcceptAsync(bodyId, assessmentId, user.Actor, ct), ct);

    private static Task<Results<Ok<KeyInformation>, ValidationProblem, ProblemHttpResult>> Decline(
        Guid bodyId, Guid assessmentId, DeclineAssessmentRequest request, AssessmentService service, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        ChangeAsync(db, user, bodyId, assessmentId, () => service.DeclineAsync(bodyId, assessmentId, request, user.Actor, ct), ct);

    private static Task<Results<Ok<KeyInformation>, ValidationProblem, ProblemHttpResult>> Assign(
        Guid bodyId, Guid assessmentId, AssignAssessorsRequest request, AssessmentService service, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        ChangeAsync(db, user, bodyId, assessmentId, () => service.AssignAsync(bodyId, assessmentId, request, user.Actor, ct), ct);

    private static Task<Results<Ok<KeyInformation>, ValidationProblem, ProblemHttpResult>> AgreeDates(
        Guid bodyId, Guid assessmentId, AgreeDatesRequest request, AssessmentService service, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        ChangeAsync(db, user, bodyId, assessmentId, () => service.AgreeDatesAsync(bodyId, assessmentId, request, user.Actor, ct), ct);

    /// <summary>The note is optional, and so is the body. The four-eyes refusal comes from the service, as a 403.</summary>
    private static Task<Results<Ok<KeyInformation>, ValidationProblem, ProblemHttpResult>> Decide(
        Guid bodyId, Guid assessmentId, RecordDecisionRequest? request, AssessmentService service, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        ChangeAsync(db, user, bodyId, assessmentId, () => service.DecideAsync(bodyId, assessmentId, request ?? new RecordDecisionRequest(), user.Actor, ct), ct);

    private static async Task<Ok<List<AssessorRow>>> Assessors(Guid bodyId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await AssessorQueries.AssessorsAsync(db, bodyId, ct));

    private static async Task<Ok<List<ConflictRow>>> Conflicts(Guid bodyId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await AssessorQueries.ConflictsAsync(db, bodyId, ct));

    private static async Task<Results<Created<ConflictRow>, ValidationProblem>> DeclareConflict(
        Guid bodyId, DeclareConflictRequest request, CertificationBodyService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        try
        {
            var conflict = await service.DeclareConflictAsync(bodyId, request, user.Actor, ct);
            var row = (await AssessorQueries.ConflictsAsync(db, bodyId, ct)).Single(c => c.Id == conflict.Id);
            return TypedResults.Created($"/api/v1/certification-bodies/{bodyId}/conflicts/{conflict.Id}", row);
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
    }

    /// <summary>404 for a conflict that is not this body's; 409 for one already withdrawn.</summary>
    private static async Task<NoContent> WithdrawConflict(Guid bodyId, Guid conflictId, CertificationBodyService service, CurrentUser user, CancellationToken ct)
    {
        await service.WithdrawConflictAsync(bodyId, conflictId, user.Actor, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<SizingTableDto>> GetSizing(Guid bodyId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await SizingAsync(db, bodyId, ct));

    private static async Task<Results<Ok<SizingTableDto>, ValidationProblem>> ReplaceSizing(
        Guid bodyId, ReplaceSizingRequest request, CertificationBodyService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        try
        {
            await service.ReplaceSizingAsync(bodyId, request, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        return TypedResults.Ok(await SizingAsync(db, bodyId, ct));
    }

    private static async Task<SizingTableDto> SizingAsync(AppDbContext db, Guid bodyId, CancellationToken ct) =>
        new(!await db.Set<SizingBand>().AnyAsync(b => b.CertificationBodyId == bodyId, ct), await CertificationBodyService.SizingTableAsync(db, bodyId, ct));

    /// <summary>
    /// One change to an assessment, answered with its key information as it now is. Not-yours is 404 before the
    /// service is asked; the service's refusals (403, 409) go through the app's exception handler as ProblemDetails.
    /// </summary>
    private static async Task<Results<Ok<KeyInformation>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        AppDbContext db, CurrentUser user, Guid bodyId, Guid assessmentId, Func<Task> change, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is null) return NotFound();
        try
        {
            await change();
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        // Read again: the change may have altered what this user may see (a decision, a reassignment).
        var access = await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct);
        return access is null ? NotFound() : TypedResults.Ok(await AssessmentKeyInformation.ForAsync(db, access, ct));
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(detail: "Assessment not found.", statusCode: StatusCodes.Status404NotFound,
            title: ProblemTypes.TitleFor(404), type: ProblemTypes.For(404));
}
