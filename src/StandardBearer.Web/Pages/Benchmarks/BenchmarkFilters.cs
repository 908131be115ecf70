using System.Globalization;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Organisations;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>A benchmark's date and peer group, read from the query string.</summary>
public sealed record BenchmarkRequest(int? Year, DateOnly AsOf, PeerGroup Group);

/// <summary>
/// A benchmark's filters as they arrive in a query string (year, sector, region, size), read the same way by the pages
/// and the API. Errors are keyed by the query parameter; a page shows them in its error summary, the API as a 400.
/// </summary>
public sealed record BenchmarkFilters(string? Year, string? Sector, string? Region, string? Size)
{
    public const int FirstYear = 1990;

    public BenchmarkRequest ToRequest(DateOnly today, out Dictionary<string, string[]> errors)
    {
        errors = [];
        int? year = null;
        if (!string.IsNullOrWhiteSpace(Year))
        {
            if (!int.TryParse(Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                errors["year"] = ["The year must be a year, like 2025"];
            else if (y < FirstYear || y > today.Year)
                errors["year"] = [$"The year must be between {FirstYear} and {today.Year}"];
            else year = y;
        }
        var group = new PeerGroup(
            Parse<Sector>(Sector, "sector", "Select a sector from the list", errors),
            Parse<Region>(Region, "region", "Select a region from the list", errors),
            Parse<SizeBand>(Size, "size", "Select a size band from the list", errors));
        return new BenchmarkRequest(year, Standings.AsOf(year, today)!.Value, group);
    }

    /// <summary>The filters as a query string for a download link or the next page: "?year=2025&amp;sector=Police".</summary>
    public string QueryString(string? format = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{key}={Uri.EscapeDataString(value.Trim())}");
        }
        Add("year", Year);
        Add("sector", Sector);
        Add("region", Region);
        Add("size", Size);
        Add("format", format);
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    /// <summary>Names only ("Police", any case): Enum.TryParse would also take "7" or "Police, Health".</summary>
    private static T? Parse<T>(string? value, string key, string message, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var name = Enum.GetNames<T>().FirstOrDefault(n => n.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is not null) return Enum.Parse<T>(name);
        errors[key] = [message];
        return null;
    }
}
