using System.Globalization;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Register;

namespace StandardBearer.Web.Pages.Register;

/// <summary>
/// The register's filters as they arrive in a query string, read the same way by the page and the API: the page
/// leaves out a value it cannot read (an old or mistyped link still shows holders), the API refuses it.
/// </summary>
public sealed record RegisterFilters(string? Query, string? Sector, string? Region, string? Body, string? Page, string? PageSize)
{
    public RegisterQuery ToQuery(out Dictionary<string, string[]> errors)
    {
        errors = [];
        var query = new RegisterQuery
        {
            Query = Query?.Trim(),
            Sector = Parse<Sector>(Sector, "sector", "Select a sector from the list", errors),
            Region = Parse<Region>(Region, "region", "Select a region from the list", errors),
            CertificationBodyId = ParseBody(Body, errors),
            Page = ParseNumber(Page, "page", "The page must be a whole number", errors) ?? 1,
            PageSize = ParseNumber(PageSize, "pageSize", "The page size must be a whole number", errors) ?? RegisterQueries.DefaultPageSize,
        };
        return query;
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

    private static Guid? ParseBody(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Guid.TryParse(value.Trim(), out var id)) return id;
        errors["body"] = ["Select a certification body from the list"];
        return null;
    }

    private static int? ParseNumber(string? value, string key, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return number;
        errors[key] = [message];
        return null;
    }
}
