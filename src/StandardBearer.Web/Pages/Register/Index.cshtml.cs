using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Register;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Register;

/// <summary>The public register: who holds the standard, searchable by name, sector, region and certification body.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public class IndexModel(AppDbContext db) : PageModel
{
    public RegisterResults Results { get; private set; } = null!;
    public RegisterQuery Filters { get; private set; } = new();
    public IReadOnlyList<SelectListItem> SectorItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RegionItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> BodyItems { get; private set; } = [];

    public bool Filtered => !string.IsNullOrEmpty(Filters.Query) || Filters.Sector is not null || Filters.Region is not null || Filters.CertificationBodyId is not null;

    /// <summary>The filters as a query string (no page), for the pagination and the download links.</summary>
    public string FilterQueryString { get; private set; } = "";

    private string PagingQueryString { get; set; } = "";

    // The filters arrive as plain strings: a value the page cannot read is left out, so an old or mistyped link
    // still shows holders instead of an error. "page" is read from the query string by name: as a plain parameter it
    // would bind to Razor Pages' own route value of that name.
    public async Task OnGetAsync(
        string? query, string? sector, string? region, string? body, [FromQuery(Name = "page")] string? pageNumber, string? pageSize, CancellationToken ct)
    {
        Filters = new RegisterFilters(query, sector, region, body, pageNumber, pageSize).ToQuery(out _);
        Results = await RegisterQueries.SearchAsync(db, Filters, Dates.ToDate(db.Time.GetUtcNow()), ct);

        SectorItems = Choices(Enum.GetValues<Sector>().Select(s => (OrganisationNames.Display(s), s.ToString(), s == Filters.Sector)), "Any sector", Filters.Sector is null);
        RegionItems = Choices(Enum.GetValues<Region>().Select(r => (OrganisationNames.Display(r), r.ToString(), r == Filters.Region)), "Any region", Filters.Region is null);
        var bodies = await db.CertificationBodies.OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync(ct);
        BodyItems = Choices(bodies.Select(b => (b.Name, b.Id.ToString(), b.Id == Filters.CertificationBodyId)), "Any certification body", Filters.CertificationBodyId is null);

        var values = new Dictionary<string, string?>
        {
            ["query"] = Filters.Query is { Length: > 0 } q ? q : null,
            ["sector"] = Filters.Sector?.ToString(),
            ["region"] = Filters.Region?.ToString(),
            ["body"] = Filters.CertificationBodyId?.ToString(),
        };
        FilterQueryString = QueryString(values);
        // A page size other than the usual (from an API user's link) is kept when paging, not in the downloads.
        if (Results.PageSize != RegisterQueries.DefaultPageSize) values["pageSize"] = Results.PageSize.ToString(CultureInfo.InvariantCulture);
        PagingQueryString = QueryString(values);
    }

    /// <summary>The pagination's link format: the filters kept, the page as {0}.</summary>
    public string PageHrefFormat => "?" + (PagingQueryString.Length > 0 ? PagingQueryString.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal) + "&" : "") + "page={0}";

    public string ExportHref(string format) => $"/register/export?format={format}" + (FilterQueryString.Length > 0 ? "&" + FilterQueryString : "");

    private static string QueryString(Dictionary<string, string?> values) =>
        QueryHelpers.AddQueryString("", values.Where(v => v.Value is not null)).TrimStart('?');

    private static List<SelectListItem> Choices(IEnumerable<(string Text, string Value, bool Selected)> items, string any, bool anySelected) =>
        items.Select(i => new SelectListItem(i.Text, i.Value, i.Selected)).Prepend(new SelectListItem(any, "", anySelected)).ToList();
}
