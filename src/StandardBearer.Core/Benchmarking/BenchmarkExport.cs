using StandardBearer.Core.Common;
using StandardBearer.Core.Organisations;

namespace StandardBearer.Core.Benchmarking;

/// <summary>A league table as CSV or XLSX, with the same columns as the page. The national table adds each holder's body.</summary>
public static class BenchmarkExport
{
    public static IReadOnlyList<string> Header(BenchmarkTable table) =>
    [
        "Rank", "Joint", "Organisation", "Sector", "Region", "Size",
        .. table.CertificationBodyId is null ? new[] { "Certification body" } : [],
        "Points", "Compliance Plus", "Compliance", "Partial Compliance", "Non-Compliance",
    ];

    public static IReadOnlyList<object?> Fields(BenchmarkTable table, TableEntry e) =>
    [
        e.Row.Rank, e.Row.Tied ? "Yes" : "No", e.Organisation.Name, OrganisationNames.Display(e.Organisation.Sector), OrganisationNames.Display(e.Organisation.Region),
        OrganisationNames.Display(e.Organisation.SizeBand),
        .. table.CertificationBodyId is null ? new object?[] { e.BodyName } : [],
        e.Score.Points, e.Score.CompliancePlus, e.Score.Compliance, e.Score.Partial, e.Score.NonCompliance,
    ];

    public static string ToCsv(BenchmarkTable table) =>
        Csv.Write(Header(table), table.Entries.Select(e => (IReadOnlyList<string>)Fields(table, e).Select(f => Convert.ToString(f, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList()));

    public static byte[] ToXlsx(BenchmarkTable table) => Xlsx.Write("League table", Header(table), table.Entries.Select(e => Fields(table, e)));

    /// <summary>A file name that says what and when: "league-table-2025-12-31.csv".</summary>
    public static string FileName(BenchmarkTable table, string extension) => $"league-table-{table.AsOf:yyyy-MM-dd}.{extension}";
}
