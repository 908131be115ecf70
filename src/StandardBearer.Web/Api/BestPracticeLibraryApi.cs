using Microsoft.AspNetCore.Http.HttpResults;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.BestPractice;

namespace StandardBearer.Web.Api;

public sealed record LibraryCaseDto(
    Guid Id, string Element, string ElementTitle, string Organisation, Sector Sector, int Year, string Title, string Summary, DateTimeOffset PublishedAt);

public sealed record LibraryPageDto(IReadOnlyList<LibraryCaseDto> Items, int Page, int PageSize, int Total);

public sealed record PublishedCaseDto(
    Guid Id, string Element, string ElementTitle, string Organisation, Sector Sector, Region Region, string CertificationBody, int Year,
    string Title, string Description, string? Results, string AssessorComment, string? ContactName, string? ContactEmail, DateTimeOffset PublishedAt);

/// <summary>The published best-practice library for anyone, signed in or not, within the public rate limit.</summary>
public static class BestPracticeLibraryApi
{
    public static void MapBestPracticeLibraryApi(this RouteGroupBuilder v1)
    {
        var library = v1.MapGroup("/best-practice").AllowAnonymous().RequireRateLimiting(RateLimits.Public);
        library.MapGet("", Search).WithName("SearchBestPractice")
            .WithSummary("Published best-practice cases: words to find, criterion, element, sector and year, a page at a time");
        library.MapGet("/{id:guid}", Case).WithName("GetPublishedCase").WithSummary("One published best-practice case in full");
    }

    private static async Task<Results<Ok<LibraryPageDto>, ValidationProblem>> Search(
        string? query, string? criterion, string? element, string? sector, string? year, string? page, string? pageSize, AppDbContext db, CancellationToken ct)
    {
        var criteria = await LibraryModel.CatalogueAsync(db, ct);
        var filters = new LibraryFilters(query, criterion, element, sector, year, page, pageSize)
            .ToQuery(criteria.Select(c => c.Number).ToList(), LibraryModel.ElementNumbers(criteria), out var errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, type: ProblemTypes.For(400), title: ProblemTypes.TitleFor(400));
        var results = await BestPracticeLibrary.SearchAsync(db, filters, ct);
        return TypedResults.Ok(new LibraryPageDto(
            results.Items.Select(c => new LibraryCaseDto(c.Id, c.ElementNumber, c.ElementTitle, c.OrganisationName, c.Sector, c.Year, c.Title, c.Summary, c.PublishedAt)).ToList(),
            results.Page, results.PageSize, results.Total));
    }

    private static async Task<Results<Ok<PublishedCaseDto>, ProblemHttpResult>> Case(Guid id, AppDbContext db, CancellationToken ct)
    {
        var c = await BestPracticeLibrary.CaseAsync(db, id, ct);
        if (c is null)
            return TypedResults.Problem(detail: "No published case has this id.", statusCode: StatusCodes.Status404NotFound,
                title: ProblemTypes.TitleFor(404), type: ProblemTypes.For(404));
        return TypedResults.Ok(new PublishedCaseDto(c.Id, c.ElementNumber, c.ElementTitle, c.OrganisationName, c.Sector, c.Region, c.BodyName, c.Year,
            c.Title, c.Description, c.Results, c.AssessorComment, c.ContactName, c.ContactEmail, c.PublishedAt));
    }
}
