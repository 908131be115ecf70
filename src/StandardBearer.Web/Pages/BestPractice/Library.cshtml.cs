using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.BestPractice;

/// <summary>The public library of published Compliance Plus practice: search by words, filter by criterion, element, sector and year.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public class LibraryModel(AppDbContext db) : PageModel
{
    public LibraryResults Results { get; private set; } = null!;
    public LibraryQuery Filters { get; private set; } = new();
    public IReadOnlyList<CriterionNode> Criteria { get; private set; } = [];

    public bool Filtered => !string.IsNullOrEmpty(Filters.Text) || Filters.Criterion is not null || Filters.Element is not null || Filters.Sector is not null || Filters.Year is not null;

    private string PagingQueryString { get; set; } = "";

    // "page" is read from the query string by name: as a plain parameter it would bind to Razor Pages' own route value.
    public async Task OnGetAsync(
        string? query, string? criterion, string? element, string? sector, string? year, [FromQuery(Name = "page")] string? pageNumber, string? pageSize, CancellationToken ct)
    {
        Criteria = await CatalogueAsync(db, ct);
        Filters = new LibraryFilters(query, criterion, element, sector, year, pageNumber, pageSize)
            .ToQuery(Criteria.Select(c => c.Number).ToList(), ElementNumbers(Criteria), out _);
        Results = await BestPracticeLibrary.SearchAsync(db, Filters, ct);

        var values = new Dictionary<string, string?>
        {
            ["query"] = Filters.Text is { Length: > 0 } q ? q : null,
            ["criterion"] = Filters.Criterion,
            ["element"] = Filters.Element,
            ["sector"] = Filters.Sector?.ToString(),
            ["year"] = Filters.Year?.ToString(CultureInfo.InvariantCulture),
        };
        if (Results.PageSize != BestPracticeLibrary.DefaultPageSize) values["pageSize"] = Results.PageSize.ToString(CultureInfo.InvariantCulture);
        PagingQueryString = QueryHelpers.AddQueryString("", values.Where(v => v.Value is not null)).TrimStart('?');
    }

    /// <summary>The pagination's link format: the filters kept, the page as {0}.</summary>
    public string PageHrefFormat => "?" + (PagingQueryString.Length > 0 ? PagingQueryString.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal) + "&" : "") + "page={0}";

    public static IEnumerable<Sector> Sectors => Enum.GetValues<Sector>();

    /// <summary>The criteria and elements of the current published version, for the filters (empty before one is published).</summary>
    public static async Task<IReadOnlyList<CriterionNode>> CatalogueAsync(AppDbContext db, CancellationToken ct)
    {
        var published = await StandardCatalogue.PublishedAsync(db, BuiltInPacks.CseCode, ct);
        return published.Count == 0 ? [] : (await StandardCatalogue.TreeAsync(db, published[0], ct)).Criteria;
    }

    public static List<string> ElementNumbers(IReadOnlyList<CriterionNode> criteria) =>
        criteria.SelectMany(c => c.SubCriteria).SelectMany(s => s.Elements).Select(e => e.Number).ToList();
}
