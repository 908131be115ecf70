using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Certificates;

namespace StandardBearer.Web.Api;

public sealed record PredecessorAwardDto(Guid Id, string Name, DateOnly HeldFrom, DateOnly? HeldUntil, DateTimeOffset EnteredAt);

/// <summary>
/// Certificates for API clients, with the same reads and checks as the pages. The body's admins list their
/// certificates, read one (plan, milestones, history, holding), change its status, listing and review plan, download
/// the PDF, and keep their clients' predecessor awards. The organisation reads its own certificates and their PDFs
/// (its list is <c>GET /organisations/{id}/certificates</c> in <see cref="OrganisationAssessmentsApi"/>).
/// </summary>
public static class CertificatesApi
{
    public static void MapCertificatesApi(this RouteGroupBuilder v1)
    {
        var body = v1.MapGroup("/certification-bodies/{bodyId:guid}").RequireRoles(Role.CertificationBodyAdmin);
        body.MapGet("/certificates", List).WithName("ListBodyCertificates")
            .WithSummary("The body's certificates, overdue annual reviews first; status filters by the status as of today");
        body.MapGet("/certificates/{certificateId:guid}", GetAtBody).WithName("GetBodyCertificate")
            .WithSummary("A certificate with its cycle's milestones, review plan, history and how long the organisation has held the standard");
        body.MapPost("/certificates/{certificateId:guid}/status", ChangeStatus).WithName("ChangeCertificateStatus")
            .WithSummary("Suspend, reinstate, withdraw or cancel, with a reason; a change not allowed from the current status is 400 on Status");
        body.MapPut("/certificates/{certificateId:guid}/confidential", SetConfidential).WithName("SetCertificateConfidential")
            .WithSummary("Whether the certificate is left off the public register (its number still verifies)");
        body.MapPut("/certificates/{certificateId:guid}/review-plan", AdjustPlan).WithName("AdjustCertificateReviewPlan")
            .WithSummary("The rotation visit (1, 2 or 3) of every element, as {\"rotationVisit\": {\"1.1.1\": 2, ...}}; partials stay where they are");
        body.MapGet("/certificates/{certificateId:guid}/pdf", PdfAtBody).WithName("DownloadBodyCertificatePdf").WithSummary("The certificate document (PDF)");
        // clientId, not organisationId: the tenant check would read an organisationId as the caller's own organisation.
        body.MapGet("/organisations/{clientId:guid}/predecessor-awards", Awards).WithName("ListPredecessorAwards")
            .WithSummary("The awards the body has entered for a client, such as Charter Mark");
        body.MapPost("/organisations/{clientId:guid}/predecessor-awards", AddAward).WithName("AddPredecessorAward")
            .WithSummary("Enter an award the client held before its first certificate: name, heldFrom and optional heldUntil (yyyy-MM-dd)");
        body.MapDelete("/predecessor-awards/{awardId:guid}", RemoveAward).WithName("RemovePredecessorAward").WithSummary("Remove an award the body entered");

        var organisation = v1.MapGroup("/organisations/{organisationId:guid}/certificates/{certificateId:guid}")
            .RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember);
        organisation.MapGet("", GetAtOrganisation).WithName("GetOrganisationCertificate")
            .WithSummary("One of the organisation's certificates with its milestones, review plan and history");
        organisation.MapGet("/pdf", PdfAtOrganisation).WithName("DownloadOrganisationCertificatePdf").WithSummary("The certificate document (PDF)");
    }

    private static async Task<Ok<IReadOnlyList<BodyCertificateRow>>> List(Guid bodyId, CertificateStatus? status, AppDbContext db, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await CertificatePages.ListAsync(db, bodyId, Dates.Today(time), status, ct));

    private static async Task<Results<Ok<CertificateDetails>, ProblemHttpResult>> GetAtBody(
        Guid bodyId, Guid certificateId, AppDbContext db, TimeProvider time, CancellationToken ct) =>
        await CertificatePages.AtBodyAsync(db, bodyId, certificateId, Dates.Today(time), ct) is { } details ? TypedResults.Ok(details) : NotFound();

    private static async Task<Results<Ok<CertificateDetails>, ProblemHttpResult>> GetAtOrganisation(
        Guid organisationId, Guid certificateId, AppDbContext db, TimeProvider time, CancellationToken ct) =>
        await CertificatePages.AtOrganisationAsync(db, organisationId, certificateId, Dates.Today(time), ct) is { } details ? TypedResults.Ok(details) : NotFound();

    private static Task<Results<Ok<CertificateDetails>, ValidationProblem, ProblemHttpResult>> ChangeStatus(
        Guid bodyId, Guid certificateId, ChangeCertificateStatusRequest request, CertificateService service, AppDbContext db, CurrentUser user, TimeProvider time, CancellationToken ct) =>
        ChangeAsync(db, time, bodyId, certificateId, () => service.ChangeStatusAsync(bodyId, certificateId, request, user.Actor, ct), ct);

    private static Task<Results<Ok<CertificateDetails>, ValidationProblem, ProblemHttpResult>> SetConfidential(
        Guid bodyId, Guid certificateId, SetConfidentialRequest request, CertificateService service, AppDbContext db, CurrentUser user, TimeProvider time, CancellationToken ct) =>
        ChangeAsync(db, time, bodyId, certificateId, () => service.SetConfidentialAsync(bodyId, certificateId, request, user.Actor, ct), ct);

    /// <summary>A certificate no longer held has no plan to change: 409 from the service.</summary>
    private static Task<Results<Ok<CertificateDetails>, ValidationProblem, ProblemHttpResult>> AdjustPlan(
        Guid bodyId, Guid certificateId, AdjustReviewPlanRequest request, CertificateService service, AppDbContext db, CurrentUser user, TimeProvider time, CancellationToken ct) =>
        ChangeAsync(db, time, bodyId, certificateId, () => service.AdjustReviewPlanAsync(bodyId, certificateId, request, user.Actor, ct), ct);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAtBody(
        Guid bodyId, Guid certificateId, HttpRequest request, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var today = Dates.Today(time);
        return await CertificatePages.AtBodyAsync(db, bodyId, certificateId, today, ct) is { } details ? Pdf(details, request, today) : NotFound();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAtOrganisation(
        Guid organisationId, Guid certificateId, HttpRequest request, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var today = Dates.Today(time);
        return await CertificatePages.AtOrganisationAsync(db, organisationId, certificateId, today, ct) is { } details ? Pdf(details, request, today) : NotFound();
    }

    private static async Task<Results<Ok<List<PredecessorAwardDto>>, ProblemHttpResult>> Awards(Guid bodyId, Guid clientId, AppDbContext db, CancellationToken ct)
    {
        if (!await CertificateQueries.IsClientAsync(db, bodyId, clientId, ct)) return NotFound("Organisation not found among your clients.");
        return TypedResults.Ok(await db.Set<PredecessorAward>().Where(a => a.CertificationBodyId == bodyId && a.OrganisationId == clientId).OrderBy(a => a.HeldFrom)
            .Select(a => new PredecessorAwardDto(a.Id, a.Name, a.HeldFrom, a.HeldUntil, a.EnteredAt)).ToListAsync(ct));
    }

    /// <summary>An organisation that is not the body's client is 404, from the service.</summary>
    private static async Task<Results<Created<PredecessorAwardDto>, ValidationProblem>> AddAward(
        Guid bodyId, Guid clientId, AddPredecessorAwardRequest request, CertificateService service, CurrentUser user, CancellationToken ct)
    {
        try
        {
            var a = await service.AddPredecessorAwardAsync(bodyId, clientId, request, user.Actor, ct);
            return TypedResults.Created($"/api/v1/certification-bodies/{bodyId}/predecessor-awards/{a.Id}",
                new PredecessorAwardDto(a.Id, a.Name, a.HeldFrom, a.HeldUntil, a.EnteredAt));
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
    }

    /// <summary>404 for an award another body entered.</summary>
    private static async Task<NoContent> RemoveAward(Guid bodyId, Guid awardId, CertificateService service, CurrentUser user, CancellationToken ct)
    {
        await service.RemovePredecessorAwardAsync(bodyId, awardId, user.Actor, ct);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// One change to a certificate, answered with the certificate as it now is. Not-yours is 404 before the service
    /// is asked; its other refusals (409) go through the app's exception handler as ProblemDetails.
    /// </summary>
    private static async Task<Results<Ok<CertificateDetails>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        AppDbContext db, TimeProvider time, Guid bodyId, Guid certificateId, Func<Task> change, CancellationToken ct)
    {
        if (await CertificatePages.AtBodyAsync(db, bodyId, certificateId, Dates.Today(time), ct) is null) return NotFound();
        try
        {
            await change();
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        return TypedResults.Ok((await CertificatePages.AtBodyAsync(db, bodyId, certificateId, Dates.Today(time), ct))!);
    }

    private static FileContentHttpResult Pdf(CertificateDetails details, HttpRequest request, DateOnly today) =>
        TypedResults.File(CertificatePages.Pdf(details, request, today), CertificatePages.PdfContentType, CertificatePages.PdfFileName(details));

    private static ProblemHttpResult NotFound(string detail = "Certificate not found.") =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: ProblemTypes.TitleFor(404), type: ProblemTypes.For(404));
}
