using Microsoft.AspNetCore.Http.HttpResults;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Assessments;

namespace StandardBearer.Web.Api;

public sealed record AnswerEvidenceRequestDto(string? Comment, IReadOnlyList<Guid>? EvidenceItemIds);

/// <summary>
/// The organisation's side of external assessment: apply, follow an assessment, answer the assessor's evidence
/// requests, list certificates. Same rules as the pages: anyone in the organisation reads and answers; only an
/// admin applies (the service refuses anyone else with 403). Domain errors become ProblemDetails in one handler.
/// </summary>
public static class OrganisationAssessmentsApi
{
    public static void MapOrganisationAssessmentsApi(this RouteGroupBuilder v1)
    {
        var organisation = v1.MapGroup("/organisations/{organisationId:guid}").RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember);
        organisation.MapGet("/assessments", List).WithName("ListOrganisationAssessments").WithSummary("The organisation's assessments, newest first");
        organisation.MapPost("/assessments", Apply).WithName("ApplyForAssessment")
            .WithSummary("Apply to a certification body (organisation admins). Freezes the open self-assessment and its evidence for the assessor");
        organisation.MapGet("/certificates", Certificates).WithName("ListOrganisationCertificates").WithSummary("Certificates issued to the organisation, with each one's status as of today");

        var one = organisation.MapGroup("/assessments/{assessmentId:guid}");
        one.MapGet("", Get).WithName("GetOrganisationAssessment").WithSummary("Key information, status and, once decided, the outcome and certificate");
        one.MapGet("/evidence-requests", Requests).WithName("ListEvidenceRequestsForOrganisation").WithSummary("What the assessor has asked for, open first");
        one.MapPost("/evidence-requests/{requestId:guid}/answer", Answer).WithName("AnswerEvidenceRequest")
            .WithSummary("Answer a request once, with a comment and items from the library (frozen at their current version)");
    }

    private static async Task<Ok<IReadOnlyList<OrganisationAssessmentRow>>> List(Guid organisationId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await OrganisationAssessmentQueries.AssessmentsAsync(db, organisationId, ct));

    private static async Task<Ok<IReadOnlyList<CertificateRow>>> Certificates(Guid organisationId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await OrganisationAssessmentQueries.CertificatesAsync(db, organisationId, Dates.ToDate(db.Time.GetUtcNow()), ct));

    private static async Task<Created<KeyInformation>> Apply(
        Guid organisationId, ApplyForAssessmentRequest request, AssessmentService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var assessment = await service.ApplyAsync(organisationId, request, user.Actor, ct);
        var access = await AssessmentAccess.ForAsync(db, assessment.Id, user.UserId, ct);
        return TypedResults.Created($"/api/v1/organisations/{organisationId}/assessments/{assessment.Id}", await AssessmentKeyInformation.ForAsync(db, access, ct));
    }

    private static async Task<Results<Ok<KeyInformation>, NotFound>> Get(Guid organisationId, Guid assessmentId, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var access = await AssessmentPages.AtOrganisationAsync(db, user, organisationId, assessmentId, ct);
        return access is null ? TypedResults.NotFound() : TypedResults.Ok(await AssessmentKeyInformation.ForAsync(db, access, ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<EvidenceRequestRow>>, NotFound>> Requests(
        Guid organisationId, Guid assessmentId, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var access = await AssessmentPages.AtOrganisationAsync(db, user, organisationId, assessmentId, ct);
        return access is null ? TypedResults.NotFound() : TypedResults.Ok(await OrganisationAssessmentQueries.RequestsAsync(db, organisationId, assessmentId, ct));
    }

    private static async Task<Results<Ok<EvidenceRequestRow>, NotFound>> Answer(
        Guid organisationId, Guid assessmentId, Guid requestId, AnswerEvidenceRequestDto body, AssessmentService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (await AssessmentPages.AtOrganisationAsync(db, user, organisationId, assessmentId, ct) is null) return TypedResults.NotFound();
        await service.AnswerEvidenceRequestAsync(organisationId, assessmentId, requestId,
            new AnswerEvidenceRequest { Comment = body.Comment ?? "", EvidenceItemIds = body.EvidenceItemIds ?? [] }, user.Actor, ct);
        var row = (await OrganisationAssessmentQueries.RequestsAsync(db, organisationId, assessmentId, ct)).Single(r => r.Id == requestId);
        return TypedResults.Ok(row);
    }
}
