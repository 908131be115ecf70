using System.Globalization;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Organisations;

namespace StandardBearer.Web.Pages.BestPractice;

/// <summary>
/// The library's filters as they arrive in a query string, read the same way by the page and the API: the page
/// leaves out a value it cannot read (an old or mistyped link still shows cases), the API refuses it.
/// </summary>
public sealed record LibraryFilters(string? Query, string? Criterion, string? Element, string? Sector, string? Year, string? Page, string? PageSize)
{
    private const int MaxQueryLength = 200;

    public LibraryQuery ToQuery(IReadOnlyCollection<string> criteria, IReadOnlyCollection<string> elements, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var text = Query?.Trim();
        if (text is { Length: > MaxQueryLength })
        {
            errors["query"] = [$"Search words must be {MaxQueryLength} characters or fewer"];
            text = text[..MaxQueryLength];
        }
        var year = Number(Year, "year", "The year must be a year, like 2026", errors);
        if (year is < 2000 or > 2100)
        {
            errors["year"] = ["The year must be a year, like 2026"];
            year = null;
        }
        return new LibraryQuery
        {
            Text = text,
            Criterion = OneOf(Criterion, criteria, "criterion", "Select a criterion from the list", errors),
            Element = OneOf(Element, elements, "element", "Select an element from the list", errors),
            Sector = ParseSector(Sector, errors),
            Year = year,
            Page = Number(Page, "page", "The page must be a whole number", errors) ?? 1,
            PageSize = Number(PageSize, "pageSize", "The page size must be a whole number", errors) ?? BestPracticeLibrary.DefaultPageSize,
        };
    }

    private static string? OneOf(string? value, IReadOnlyCollection<string> allowed, string key, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        if (allowed.Contains(trimmed)) return trimmed;
        errors[key] = [message];
        return null;
    }

    /// <summary>Names only ("Police", any case): Enum.TryParse would also take "7" or "Police, Health".</summary>
    private static Sector? ParseSector(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var name = Enum.GetNames<Sector>().FirstOrDefault(n => n.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is not null) return Enum.Parse<Sector>(name);
        errors["sector"] = ["Select a sector from the list"];
        return null;
    }

    private static int? Number(string? value, string key, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return number;
        errors[key] = [message];
        return null;
    }
}
