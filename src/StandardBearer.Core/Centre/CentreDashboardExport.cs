using System.Globalization;
using StandardBearer.Core.Common;

namespace StandardBearer.Core.Centre;

/// <summary>Each of the dashboard's tables as CSV, with the same columns as the page shows.</summary>
public static class CentreDashboardExport
{
    /// <summary>The tables by their <c>?table=</c> name, in the order the page shows them.</summary>
    public static readonly IReadOnlyList<string> Tables = ["status", "sector", "body", "elements", "hardest", "partial", "compliance-plus", "trend", "cases"];

    /// <summary>The table as CSV, or null when there is no table of that name.</summary>
    public static string? ToCsv(CentreDashboardFigures figures, string? table) => table?.Trim().ToLowerInvariant() switch
    {
        "status" => Counts("Certificate status", figures.ByStatus),
        "sector" => Counts("Sector", figures.BySector),
        "body" => Counts("Certification body", figures.ByBody),
        "elements" => Csv.Write(
            ["Element", "Title", .. figures.Ratings.Select(r => r.Name), "Holders rated", "Average points", "Published cases"],
            figures.Elements.Select(e => (IReadOnlyList<string>)[e.Number, e.Title, .. e.Cells.Select(c => N(c.Count)), N(e.Rated), D(e.AveragePoints), N(e.PublishedCases)])),
        "hardest" => Top(figures.Hardest),
        "partial" => Top(figures.MostOftenPartial),
        "compliance-plus" => Top(figures.MostOftenCompliancePlus),
        "trend" => Csv.Write(
            ["Year", "As of", "Holders", "Element ratings", .. CentreDashboard.Kinds.Select(k => $"{CentreDashboard.KindName(k)} (share)")],
            figures.Trend.Select(y => (IReadOnlyList<string>)[N(y.Year), y.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(y.Holders), N(y.Ratings),
                .. y.Kinds.Select(k => D(k.Share))])),
        "cases" => Csv.Write(["Element", "Title", "Published cases"], figures.PublishedCases.Select(c => (IReadOnlyList<string>)[c.Number, c.Title, N(c.Count)])),
        _ => null,
    };

    /// <summary>"centre-elements-2026-11-22.csv".</summary>
    public static string FileName(CentreDashboardFigures figures, string table) => $"centre-{table.Trim().ToLowerInvariant()}-{figures.Today:yyyy-MM-dd}.csv";

    private static string Counts(string what, IReadOnlyList<CountRow> rows) =>
        Csv.Write([what, "Holders"], rows.Select(r => (IReadOnlyList<string>)[r.Label, N(r.Count)]));

    private static string Top(IReadOnlyList<ElementFigures> rows) =>
        Csv.Write(["Element", "Title", "Holders rated", "Average points", "Partial Compliance or worse", "Compliance Plus"],
            rows.Select(e => (IReadOnlyList<string>)[e.Number, e.Title, N(e.Rated), D(e.AveragePoints), N(e.PartialOrWorse), N(e.CompliancePlus)]));

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string D(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
