using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Assessments;

namespace StandardBearer.Web.Api;

public sealed record ElementRatingDto(string Number, string RatingKey, string? RatingName, string? Comment, AssessmentStatus AssessmentStatus);

/// <summary>
/// Final ratings, the summary, releasing the report and the report itself (the same <see cref="AssessmentReport"/>
/// as the pages), for the body's side; the released report and factual-accuracy comments for the organisation's.
/// Every endpoint asks <see cref="AssessmentPages"/> first, so an assessor of the body who is not on the team, or
/// the organisation before the report is released, gets 404 as on the pages.
/// </summary>
public static class AssessmentReportApi
{
    public static void MapAssessmentReportApi(this RouteGroupBuilder v1)
    {
        var body = v1.MapGroup("/certification-bodies/{bodyId:guid}/assessments/{assessmentId:guid}")
            .RequireRoles(Role.CertificationBodyAdmin, Role.Assessor);
        body.MapPut("/elements/{number}/rating", RateElement).WithName("RateAssessmentElement")
            .WithSummary("An assigned assessor's final rating of an element in scope; a comment is required above and below plain compliance");
        body.MapPut("/summary", RecordSummary).WithName("RecordAssessmentSummary")
            .WithSummary("The lead assessor's summary of strengths, areas for continuous improvement and findings by criterion number");
        body.MapPost("/report/release", Release).WithName("ReleaseAssessmentReport")
            .WithSummary("The lead assessor releases the draft report to the organisation");
        body.MapGet("/report", GetAtBody).WithName("GetAssessmentReport")
            .WithSummary("The report: key information, methodology, summary, findings, compliance table, outcome; 409 until every element in scope is rated");
        body.MapGet("/report.docx", GetDocxAtBody).WithName("GetAssessmentReportDocx").WithSummary("The report as a Word document");

        var organisation = v1.MapGroup("/organisations/{organisationId:guid}/assessments/{assessmentId:guid}")
            .RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember);
        organisation.MapGet("/report", GetAtOrganisation).WithName("GetOrganisationAssessmentReport")
            .WithSummary("The report, once the certification body has released it (404 before)");
        organisation.MapGet("/report.docx", GetDocxAtOrganisation).WithName("GetOrganisationAssessmentReportDocx")
            .WithSummary("The released report as a Word document");
        organisation.MapGet("/factual-accuracy-comments", ListComments).WithName("ListFactualAccuracyComments")
            .WithSummary("The factual-accuracy comments sent on the released report");
        organisation.MapPost("/factual-accuracy-comments", AddComment).WithName("AddFactualAccuracyComment")
            .WithSummary("Point out a factual error in the draft report (an element number, or none for the report as a whole), until the decision");
    }

    private static async Task<Results<Ok<ElementRatingDto>, ValidationProblem, ProblemHttpResult>> RateElement(
        Guid bodyId, Guid assessmentId, string number, RateElementRequest request, AssessmentService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is null) return NotFound();
        AssessmentElement element;
        try
        {
            element = await service.RateElementAsync(bodyId, assessmentId, number, request, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        var assessment = await db.Set<Assessment>().Where(a => a.Id == assessmentId).Select(a => new { a.Status, a.StandardVersionId }).SingleAsync(ct);
        var scale = await StandardCatalogue.ScaleAsync(db, assessment.StandardVersionId, ct);
        return TypedResults.Ok(new ElementRatingDto(element.ElementNumber, element.FinalRatingKey!, scale.Find(element.FinalRatingKey!)?.Name, element.FinalComment, assessment.Status));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RecordSummary(
        Guid bodyId, Guid assessmentId, RecordSummaryRequest request, AssessmentService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is null) return NotFound();
        try
        {
            // JSON can send "findings": null; it means no findings changed.
            await service.RecordSummaryAsync(bodyId, assessmentId, request with { Findings = request.Findings ?? new Dictionary<string, string?>() }, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Release(
        Guid bodyId, Guid assessmentId, AssessmentService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is null) return NotFound();
        try
        {
            await service.ReleaseReportAsync(bodyId, assessmentId, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<AssessmentReport>, ProblemHttpResult>> GetAtBody(Guid bodyId, Guid assessmentId, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        var report = await AssessmentReport.LoadAsync(db, access, ct);
        return report.IsReady ? TypedResults.Ok(report) : NotReady(report);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetDocxAtBody(
        Guid bodyId, Guid assessmentId, AppDbContext db, CurrentUser user, TimeProvider time, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return NotFound();
        var report = await AssessmentReport.LoadAsync(db, access, ct);
        return report.IsReady ? Docx(report, time) : NotReady(report);
    }

    private static async Task<Results<Ok<AssessmentReport>, ProblemHttpResult>> GetAtOrganisation(
        Guid organisationId, Guid assessmentId, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        await ReleasedAsync(db, user, organisationId, assessmentId, ct) is { } access
            ? TypedResults.Ok(await AssessmentReport.LoadAsync(db, access, ct))
            : NotFound();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetDocxAtOrganisation(
        Guid organisationId, Guid assessmentId, AppDbContext db, CurrentUser user, TimeProvider time, CancellationToken ct) =>
        await ReleasedAsync(db, user, organisationId, assessmentId, ct) is { } access
            ? Docx(await AssessmentReport.LoadAsync(db, access, ct), time)
            : NotFound();

    private static async Task<Results<Ok<IReadOnlyList<FactualAccuracyCommentView>>, ProblemHttpResult>> ListComments(
        Guid organisationId, Guid assessmentId, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        await ReleasedAsync(db, user, organisationId, assessmentId, ct) is { } access
            ? TypedResults.Ok((await AssessmentReport.LoadAsync(db, access, ct)).FactualAccuracyComments)
            : NotFound();

    private static async Task<Results<Created<FactualAccuracyCommentView>, ValidationProblem, ProblemHttpResult>> AddComment(
        Guid organisationId, Guid assessmentId, AddFactualAccuracyCommentRequest request, AssessmentService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (await ReleasedAsync(db, user, organisationId, assessmentId, ct) is null) return NotFound();
        try
        {
            var c = await service.AddFactualAccuracyCommentAsync(organisationId, assessmentId, request, user.Actor, ct);
            return TypedResults.Created($"/api/v1/organisations/{organisationId}/assessments/{assessmentId}/factual-accuracy-comments",
                new FactualAccuracyCommentView(c.Id, c.CreatedAt, c.CreatedByName, c.ElementNumber, c.Text));
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
    }

    /// <summary>The organisation's access, only once the report is released: before that the report does not exist for them.</summary>
    private static async Task<AssessmentAccess?> ReleasedAsync(AppDbContext db, CurrentUser user, Guid organisationId, Guid assessmentId, CancellationToken ct) =>
        await AssessmentPages.AtOrganisationAsync(db, user, organisationId, assessmentId, ct) is { CanSeeAssessorWork: true } access ? access : null;

    private static FileContentHttpResult Docx(AssessmentReport report, TimeProvider time) =>
        TypedResults.File(AssessmentReportDocx.Write(report), Pages.Assessments.Docx.ContentType, AssessmentReportDocx.FileName(report, time.GetUtcNow()));

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(detail: "Assessment not found.", statusCode: StatusCodes.Status404NotFound, title: ProblemTypes.TitleFor(404), type: ProblemTypes.For(404));

    private static ProblemHttpResult NotReady(AssessmentReport report) =>
        TypedResults.Problem(detail: "The report is ready once every element in scope has a final rating.", statusCode: StatusCodes.Status409Conflict,
            title: ProblemTypes.TitleFor(409), type: ProblemTypes.For(409), extensions: new Dictionary<string, object?> { ["missing"] = report.Missing });
}
