using Microsoft.AspNetCore.Http.HttpResults;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Api;

public sealed record ResultsImportDto(
    Guid Id, DateTimeOffset ImportedAt, string ImportedBy, string FileName, string Standard, string Version, string Sha256,
    int Rows, int ResultsCreated, int ResultsUpdated, int ResultsUnchanged, int OrganisationsCreated, int BodiesCreated);

/// <summary>
/// A body's past results, imported from a CSV file as the upload page does (multipart/form-data: the file in
/// <c>file</c>, <c>version</c> and <c>createMissing</c> optional). A file with any bad row writes nothing and comes
/// back as a ValidationProblem whose errors are keyed by line (<c>line 12</c>), <c>file</c> for the file as a whole.
/// </summary>
public static class ResultsImportsApi
{
    public static void MapResultsImportsApi(this RouteGroupBuilder v1)
    {
        var imports = v1.MapGroup("/certification-bodies/{bodyId:guid}/results/imports").RequireRoles(Role.CertificationBodyAdmin);
        imports.MapGet("", List).WithName("ListResultsImports").WithSummary("The body's results imports, newest first");
        imports.MapGet("/{importId:guid}", Get).WithName("GetResultsImport").WithSummary("One results import and what it changed");
        imports.MapPost("", Create).WithName("ImportResults")
            .WithSummary("Import past results: multipart/form-data with the CSV in file, and optional version (a published version's label) and createMissing (true to create organisations not on StandardBearer yet)")
            .Accepts<IFormCollection>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            // No antiforgery token, as for evidence uploads (EvidenceApi): the session cookie is SameSite=Lax.
            .DisableAntiforgery();
    }

    private static async Task<Ok<List<ResultsImportDto>>> List(Guid bodyId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await ResultsImportQueries.HistoryAsync(db, bodyId, ct)).Select(Dto).ToList());

    private static async Task<Results<Ok<ResultsImportDto>, NotFound>> Get(Guid bodyId, Guid importId, AppDbContext db, CancellationToken ct) =>
        await ResultsImportQueries.FindAsync(db, bodyId, importId, ct) is { } row ? TypedResults.Ok(Dto(row)) : TypedResults.NotFound();

    private static async Task<Results<Created<ResultsImportDto>, ValidationProblem, ProblemHttpResult>> Create(
        Guid bodyId, HttpRequest request, ResultsImportService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        // Read after the access check, not bound as a parameter: binding would read the whole upload for anyone.
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the results as multipart/form-data, with the CSV file in a field named file.");
        if (!RequestBodyLimit.TryApply(request, Limit)) return TooLarge();
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (InvalidDataException)
        {
            return Problem(StatusCodes.Status400BadRequest, "The upload could not be read as multipart/form-data.");
        }

        var errors = new Dictionary<string, string[]>();
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) errors["file"] = [file is null ? "Send the CSV file of results in a field named file" : "The file is empty"];
        var version = form["version"].ToString().Trim();
        if (version.Length > 0 && !(await StandardCatalogue.PublishedAsync(db, "CSE", ct)).Any(v => v.Label == version))
            errors["version"] = ["Give the label of a published version of CSE, or leave version out for the current one"];
        var createMissingText = form["createMissing"].ToString().Trim();
        var createMissing = false;
        if (createMissingText.Length > 0 && !bool.TryParse(createMissingText, out createMissing))
            errors["createMissing"] = ["createMissing must be true or false"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, type: ProblemTypes.For(400), title: ProblemTypes.TitleFor(400));

        ResultsImportReport report;
        await using (var stream = file!.OpenReadStream())
        {
            report = await service.ImportAsync(stream, new ResultsImportOptions
            {
                FileName = file.FileName, VersionLabel = version.Length > 0 ? version : null, CreateMissing = createMissing, OnlyBodyId = bodyId,
            }, user.Actor, ct);
        }
        if (!report.Succeeded)
        {
            var problems = report.Problems.GroupBy(p => p.Line > 0 ? $"line {p.Line}" : "file").ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
            if (report.ProblemsNotListed > 0)
                problems["file"] = [.. problems.GetValueOrDefault("file", []), $"And {report.ProblemsNotListed} more problems not listed here. Nothing was imported."];
            return TypedResults.ValidationProblem(problems, detail: $"The file has {report.TotalProblems} problem(s); nothing was imported.",
                type: ProblemTypes.For(400), title: ProblemTypes.TitleFor(400));
        }
        var row = (await ResultsImportQueries.FindAsync(db, bodyId, report.ImportId!.Value, ct))!;
        return TypedResults.Created($"/api/v1/certification-bodies/{bodyId}/results/imports/{row.Id}", Dto(row));
    }

    private const long Limit = ResultsImportService.MaxBytes + (1024 * 1024);

    private static ProblemHttpResult TooLarge() =>
        Problem(StatusCodes.Status413PayloadTooLarge, $"The file must be smaller than {ResultsImportService.MaxBytes / (1024 * 1024)} MB.");

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: ProblemTypes.TitleFor(status), type: ProblemTypes.For(status));

    private static ResultsImportDto Dto(ResultsImportRow r) => new(r.Id, r.ImportedAt, r.ImportedBy, r.FileName, r.StandardCode, r.VersionLabel, r.Sha256,
        r.Rows, r.ResultsCreated, r.ResultsUpdated, r.ResultsUnchanged, r.OrganisationsCreated, r.BodiesCreated);
}
