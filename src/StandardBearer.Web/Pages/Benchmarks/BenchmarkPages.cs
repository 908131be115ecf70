using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Organisations;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>The GET form of a benchmark page's filters, as <c>_BenchmarkFilters</c> shows it.</summary>
public sealed record BenchmarkFilterForm(
    string Action, IReadOnlyList<SelectListItem> Years, IReadOnlyList<SelectListItem> Sectors, IReadOnlyList<SelectListItem> Regions,
    IReadOnlyList<SelectListItem> Sizes, bool Filtered);

/// <summary>A ranked table as <c>_LeagueTable</c> shows it: with the body column on tables across bodies.</summary>
public sealed record LeagueTableView(BenchmarkTable Table, string Caption, bool ShowBody, string EmptyMessage);

/// <summary>An element heat map as <c>_HeatMap</c> shows it.</summary>
public sealed record HeatMapView(HeatMap Map, string Caption);

/// <summary>
/// What the benchmark pages share: filters read into model state (a bad value is a 400 page with the GOV.UK error
/// summary and the table without that filter), the filter form's choices, downloads and the heat map's colour bands.
/// </summary>
public static class BenchmarkPages
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The filters as a request; any that cannot be read go into model state, keyed by the query parameter.</summary>
    public static BenchmarkRequest Read(BenchmarkFilters filters, DateOnly today, ModelStateDictionary modelState)
    {
        var request = filters.ToRequest(today, out var errors);
        foreach (var (key, messages) in errors)
            foreach (var message in messages) modelState.AddModelError(key, message);
        return request;
    }

    public static BenchmarkFilterForm Form(string action, BenchmarkRequest request, BenchmarkData data, DateOnly today)
    {
        // Years from the earliest result there is; "Today" stands for this year, which is as of today.
        var earliest = data.Organisations.Keys.Select(data.FirstYear).Min() ?? today.Year;
        if (request.Year is { } chosen && chosen < earliest) earliest = chosen;
        var years = new List<SelectListItem> { new("Today", "", request.Year is null || request.Year == today.Year) };
        for (var y = today.Year - 1; y >= earliest; y--)
        {
            var text = y.ToString(CultureInfo.InvariantCulture);
            years.Add(new SelectListItem($"End of {text}", text, request.Year == y));
        }
        var group = request.Group;
        return new BenchmarkFilterForm(action, years,
            Choices(Enum.GetValues<Sector>().Select(s => (OrganisationNames.Display(s), s.ToString(), s == group.Sector)), "Any sector", group.Sector is null),
            Choices(Enum.GetValues<Region>().Select(r => (OrganisationNames.Display(r), r.ToString(), r == group.Region)), "Any region", group.Region is null),
            Choices(Enum.GetValues<SizeBand>().Select(b => (OrganisationNames.Display(b), b.ToString(), b == group.SizeBand)), "Any size", group.SizeBand is null),
            Filtered: request.Year is not null || !group.IsAll);
    }

    /// <summary>
    /// A download link for the table with the page's filters. A handler, not just ?format=, so a link checker or
    /// crawler following the page's links can tell a file from a page.
    /// </summary>
    public static string DownloadHref(string pagePath, BenchmarkFilters filters, string format) =>
        $"{pagePath}?handler=Download&{filters.QueryString(format).TrimStart('?')}";

    /// <summary>
    /// The table as a file, csv or xlsx, or null to show the page instead: with the error for a format it does not
    /// know, or for filters that could not be read.
    /// </summary>
    public static IActionResult? Download(BenchmarkTable table, string? format, ModelStateDictionary modelState)
    {
        var kind = format?.Trim().ToLowerInvariant();
        if (kind is not ("csv" or "xlsx"))
        {
            modelState.AddModelError("", "The download must be CSV or XLSX");
            return null;
        }
        if (!modelState.IsValid) return null;
        return kind == "xlsx"
            ? new FileContentResult(BenchmarkExport.ToXlsx(table), XlsxType) { FileDownloadName = BenchmarkExport.FileName(table, "xlsx") }
            // With a byte-order mark, so a spreadsheet opening it reads the names as UTF-8.
            : new FileContentResult(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(BenchmarkExport.ToCsv(table))).ToArray(), "text/csv; charset=utf-8")
            {
                FileDownloadName = BenchmarkExport.FileName(table, "csv"),
            };
    }

    /// <summary>"on 31 December 2025", with the peer group when there is one: "on 31 December 2025: Police, London".</summary>
    public static string When(BenchmarkTable table) =>
        $"on {Dates.Day(table.AsOf)}" + (table.Group.IsAll ? "" : $": {table.Group.Describe()}");

    /// <summary>"24 holders; 9 with no partial compliance".</summary>
    public static string Counts(BenchmarkTable table, string noun = "holder")
    {
        var total = table.Entries.Count;
        var without = table.Entries.Count(e => !e.Row.Standing.HasPartialOrWorse);
        return $"{total.ToString("N0", Dates.English)} {noun}{(total == 1 ? "" : "s")}; {without.ToString("N0", Dates.English)} with no partial compliance";
    }

    /// <summary>"40%". (Named in full: in this namespace "Benchmarks" is the folder, not the class.)</summary>
    public static string Percent(decimal share) => Core.Benchmarking.Benchmarks.Percent(share);

    /// <summary>The heat map's colour band for a share: 0 for none, then quarters, darkest for three quarters or more.</summary>
    public static int HeatBand(decimal share) => share switch
    {
        <= 0m => 0,
        < 0.25m => 1,
        < 0.5m => 2,
        < 0.75m => 3,
        _ => 4,
    };

    private static List<SelectListItem> Choices(IEnumerable<(string Text, string Value, bool Selected)> items, string any, bool anySelected) =>
        items.Select(i => new SelectListItem(i.Text, i.Value, i.Selected)).Prepend(new SelectListItem(any, "", anySelected)).ToList();
}
