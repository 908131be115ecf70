using Microsoft.AspNetCore.Http.HttpResults;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Reports;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Reports;

namespace StandardBearer.Web.Api;

/// <summary>
/// An organisation's board reports for API clients, with the pages' rules: anyone in the organisation reads and
/// exports; only its admins generate, regenerate, edit and refresh (403 otherwise). A report not yet generated is 404.
/// </summary>
public static class BoardReportsApi
{
    public static void MapBoardReportsApi(this RouteGroupBuilder v1)
    {
        var reports = v1.MapGroup("/organisations/{organisationId:guid}/board-reports").RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember);
        reports.MapGet("", Years).WithName("ListBoardReportYears")
            .WithSummary("Years with a released assessment or a board report, newest first, and whether the report exists");
        reports.MapGet("/{year:int}", Get).WithName("GetBoardReport").WithSummary("The report: each numbered section's current text (the edit, if any) and its generated draft");
        reports.MapGet("/{year:int}/export", Export).WithName("ExportBoardReport").WithSummary("The report as a file: format=docx, pdf, html or md");

        var admin = v1.MapGroup("/organisations/{organisationId:guid}/board-reports").RequireRoles(Role.OrganisationAdmin);
        admin.MapPost("/{year:int}", Generate).WithName("GenerateBoardReport")
            .WithSummary("Generate the report for a year from 2000 to next year (201), or regenerate it (200): edited sections keep their edit");
        admin.MapPut("/{year:int}/sections/{number:int}", EditSection).WithName("EditBoardReportSection")
            .WithSummary("Replace a section's text (1 to 20,000 characters; blank lines between paragraphs, \"- \" bullets, \"## \" sub-headings)");
        admin.MapPost("/{year:int}/sections/{number:int}/refresh", RefreshSection).WithName("RefreshBoardReportSection")
            .WithSummary("Drop a section's edit and take freshly generated text");
    }

    private static async Task<Ok<IReadOnlyList<BoardReportYear>>> Years(Guid organisationId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await BoardReportPages.YearsAsync(db, organisationId, ct));

    private static async Task<Results<Ok<BoardReportDocument>, ProblemHttpResult>> Get(Guid organisationId, int year, AppDbContext db, CancellationToken ct) =>
        await BoardReportQueries.GetAsync(db, organisationId, year, ct) is { } document ? TypedResults.Ok(document) : NotFound();

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Export(
        Guid organisationId, int year, string? format, AppDbContext db, CancellationToken ct)
    {
        if (format is null || !BoardReportPages.Formats.Contains(format.Trim().ToLowerInvariant()))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["Choose a format: docx, pdf, html or md"] },
                type: ProblemTypes.For(400), title: ProblemTypes.TitleFor(400));
        if (await BoardReportQueries.GetAsync(db, organisationId, year, ct) is not { } document) return NotFound();
        var file = BoardReportPages.File(document, format)!;
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Results<Created<BoardReportDocument>, Ok<BoardReportDocument>, ValidationProblem>> Generate(
        Guid organisationId, int year, BoardReportService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (BoardReportPages.YearError(year, db.Time) is { } error)
            return SelfAssessmentsApi.ValidationProblem(new DomainValidationException("year", error));
        var existed = await BoardReportQueries.GetAsync(db, organisationId, year, ct) is not null;
        await service.GenerateAsync(organisationId, year, user.Actor, ct);
        var document = (await BoardReportQueries.GetAsync(db, organisationId, year, ct))!;
        return existed ? TypedResults.Ok(document) : TypedResults.Created($"/api/v1/organisations/{organisationId}/board-reports/{year}", document);
    }

    private static async Task<Results<Ok<BoardReportDocument>, ValidationProblem, ProblemHttpResult>> EditSection(
        Guid organisationId, int year, int number, EditBoardReportSectionRequest request, BoardReportService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (!await SectionExistsAsync(db, organisationId, year, number, ct)) return NotFound();
        try
        {
            await service.EditSectionAsync(organisationId, year, number, request, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        return TypedResults.Ok((await BoardReportQueries.GetAsync(db, organisationId, year, ct))!);
    }

    private static async Task<Results<Ok<BoardReportDocument>, ProblemHttpResult>> RefreshSection(
        Guid organisationId, int year, int number, BoardReportService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (!await SectionExistsAsync(db, organisationId, year, number, ct)) return NotFound();
        await service.RefreshSectionAsync(organisationId, year, number, user.Actor, ct);
        return TypedResults.Ok((await BoardReportQueries.GetAsync(db, organisationId, year, ct))!);
    }

    private static async Task<bool> SectionExistsAsync(AppDbContext db, Guid organisationId, int year, int number, CancellationToken ct) =>
        (await BoardReportQueries.GetAsync(db, organisationId, year, ct))?.Sections.Any(s => s.Number == number) == true;

    private static ProblemHttpResult NotFound() => TypedResults.Problem(detail: "Board report not found.", statusCode: 404, title: ProblemTypes.TitleFor(404), type: ProblemTypes.For(404));
}
