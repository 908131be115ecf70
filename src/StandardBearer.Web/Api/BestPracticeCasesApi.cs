using Microsoft.AspNetCore.Http.HttpResults;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Api;

/// <summary>
/// Best-practice cases before they are public, with the same reads and checks as the pages. The organisation's
/// members list and describe their cases (once the report is released) and its admins consent, decline or withdraw
/// consent; the standard owner lists the cases organisations consented to and publishes, asks for changes or rejects.
/// A refusal by role is 403 and a change the status does not allow is 409, both from the service as ProblemDetails.
/// </summary>
public static class BestPracticeCasesApi
{
    public static void MapBestPracticeCasesApi(this RouteGroupBuilder v1)
    {
        var organisation = v1.MapGroup("/organisations/{organisationId:guid}/best-practice").RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember);
        organisation.MapGet("", List).WithName("ListOrganisationBestPracticeCases")
            .WithSummary("The organisation's best-practice cases (one per element rated Compliance Plus), once the assessment's report is released");
        organisation.MapGet("/{caseId:guid}", Get).WithName("GetOrganisationBestPracticeCase").WithSummary("A case with the assessor's comment and any moderation note");
        organisation.MapPut("/{caseId:guid}", Describe).WithName("DescribeBestPracticeCase")
            .WithSummary("Describe the practice: title, description (what you do), results, contactName and contactEmail; a submitted case stays submitted");
        organisation.MapPost("/{caseId:guid}/consent", Consent).WithName("ConsentToBestPracticeCase")
            .WithSummary("An admin consents to publication, which submits the case for moderation; 400 names each missing part of the description");
        organisation.MapPost("/{caseId:guid}/decline", Decline).WithName("DeclineBestPracticeCase").WithSummary("An admin declines publication, with an optional reason");
        organisation.MapPost("/{caseId:guid}/withdraw-consent", WithdrawConsent).WithName("WithdrawBestPracticeConsent")
            .WithSummary("An admin withdraws consent to a submitted or published case: it leaves the public library at once");

        var moderation = v1.MapGroup("/best-practice/moderation").RequireRoles(Role.StandardOwner);
        moderation.MapGet("", Queue).WithName("ListBestPracticeModeration")
            .WithSummary("Cases organisations consented to, awaiting moderation first; status filters (Submitted, ChangesRequested, Published, Rejected)");
        moderation.MapGet("/{caseId:guid}", GetForModeration).WithName("GetBestPracticeCaseForModeration").WithSummary("A case in full, with organisation, body and element");
        moderation.MapPost("/{caseId:guid}/publish", Publish).WithName("PublishBestPracticeCase").WithSummary("Publish a submitted case in the public library");
        moderation.MapPost("/{caseId:guid}/request-changes", RequestChanges).WithName("RequestBestPracticeCaseChanges")
            .WithSummary("Send a submitted case back to the organisation with a note of what to change");
        moderation.MapPost("/{caseId:guid}/reject", Reject).WithName("RejectBestPracticeCase").WithSummary("Reject a case with a reason; final");
    }

    private static async Task<Ok<IReadOnlyList<CaseRow>>> List(Guid organisationId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await BestPracticeQueries.OrganisationListAsync(db, organisationId, ct));

    private static async Task<Results<Ok<CaseDetails>, ProblemHttpResult>> Get(Guid organisationId, Guid caseId, AppDbContext db, CancellationToken ct) =>
        await BestPracticeQueries.OrganisationDetailsAsync(db, organisationId, caseId, ct) is { } details ? TypedResults.Ok(details) : NotFound();

    private static Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> Describe(
        Guid organisationId, Guid caseId, DescribeCaseRequest request, BestPracticeService service, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        AtOrganisationAsync(db, organisationId, caseId, () => service.DescribeAsync(organisationId, caseId, request, user.Actor, ct), ct);

    private static Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> Consent(
        Guid organisationId, Guid caseId, BestPracticeService service, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        AtOrganisationAsync(db, organisationId, caseId, () => service.ConsentAsync(organisationId, caseId, user.Actor, ct), ct);

    /// <summary>The body is optional: <c>{"reason": "..."}</c>.</summary>
    private static Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> Decline(
        Guid organisationId, Guid caseId, DeclineCaseRequest? request, BestPracticeService service, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        AtOrganisationAsync(db, organisationId, caseId, () => service.DeclineAsync(organisationId, caseId, request ?? new DeclineCaseRequest(), user.Actor, ct), ct);

    private static Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> WithdrawConsent(
        Guid organisationId, Guid caseId, BestPracticeService service, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        AtOrganisationAsync(db, organisationId, caseId, () => service.WithdrawConsentAsync(organisationId, caseId, user.Actor, ct), ct);

    private static async Task<Ok<IReadOnlyList<CaseRow>>> Queue(CaseStatus? status, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await BestPracticeQueries.ModerationListAsync(db, status, ct));

    private static async Task<Results<Ok<CaseDetails>, ProblemHttpResult>> GetForModeration(Guid caseId, AppDbContext db, CancellationToken ct) =>
        await BestPracticeQueries.ModerationDetailsAsync(db, caseId, ct) is { } details ? TypedResults.Ok(details) : NotFound();

    private static Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> Publish(
        Guid caseId, BestPracticeService service, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        ModeratedAsync(db, caseId, () => service.PublishAsync(caseId, user.Actor, ct), ct);

    private static Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> RequestChanges(
        Guid caseId, RequestCaseChangesRequest request, BestPracticeService service, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        ModeratedAsync(db, caseId, () => service.RequestChangesAsync(caseId, request, user.Actor, ct), ct);

    private static Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> Reject(
        Guid caseId, RejectCaseRequest request, BestPracticeService service, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        ModeratedAsync(db, caseId, () => service.RejectAsync(caseId, request, user.Actor, ct), ct);

    /// <summary>One change, answered with the case as it now is. Not visible is 404 before the service is asked.</summary>
    private static async Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> AtOrganisationAsync(
        AppDbContext db, Guid organisationId, Guid caseId, Func<Task> change, CancellationToken ct)
    {
        if (await BestPracticeQueries.OrganisationDetailsAsync(db, organisationId, caseId, ct) is null) return NotFound();
        try
        {
            await change();
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        return TypedResults.Ok((await BestPracticeQueries.OrganisationDetailsAsync(db, organisationId, caseId, ct))!);
    }

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> ModeratedAsync(
        AppDbContext db, Guid caseId, Func<Task> change, CancellationToken ct)
    {
        if (await BestPracticeQueries.ModerationDetailsAsync(db, caseId, ct) is null) return NotFound();
        try
        {
            await change();
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        return TypedResults.Ok((await BestPracticeQueries.ModerationDetailsAsync(db, caseId, ct))!);
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(detail: "Case not found.", statusCode: StatusCodes.Status404NotFound, title: ProblemTypes.TitleFor(404), type: ProblemTypes.For(404));
}
