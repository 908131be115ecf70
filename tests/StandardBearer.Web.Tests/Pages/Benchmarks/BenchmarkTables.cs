using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Benchmarks;

/// <summary>Reading the league table and heat map off a benchmark page, and what the test data ranks where.</summary>
public static class BenchmarkTables
{
    public const string DefaultPoints = "Points are the standard's defaults (Compliance Plus 3, Compliance 2, Partial Compliance 1, Non-Compliance 0).";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Each row's rank as shown ("3", or "joint =3" with the hidden word) and the organisation's name.</summary>
    public static List<(string Rank, string Organisation)> Rows(IDocument page) =>
        page.QuerySelectorAll("#league-table tbody tr")
            .Select(r => (r.QuerySelector("td")!.TextContent.Trim(), r.QuerySelector("th")!.TextContent.Trim())).ToList();

    /// <summary>The elements the test data gave <paramref name="holder"/> the rating <paramref name="key"/> (all its elements when null).</summary>
    public static Task<List<string>> RatedAsync(AppFixture app, TestTenant holder, string? key = null) => app.WithDbAsync(db =>
        db.HistoricalRatings.Where(r => r.OrganisationId == holder.Id && (key == null || r.RatingKey == key)).Select(r => r.ElementNumber).ToListAsync());

    public static List<string> Cells(IElement row) => row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();

    /// <summary>
    /// <see cref="TestData.CreateBenchmarkAsync"/> gives holder i i Compliance Plus ratings (and a Partial when i is a
    /// multiple of 3), so the last holder ranks first. After <see cref="TestData.CopyBenchmarkRatingsAsync"/> from
    /// holder 2 to holder 1 of six, those two share 4th place, in name order.
    /// </summary>
    public static List<(string Rank, string Organisation)> SixWithTieAtFourth(TestBenchmark b)
    {
        var tied = new[] { b.Holders[2].Name, b.Holders[1].Name }.Order(StringComparer.OrdinalIgnoreCase).ToList();
        return [("1", b.Holders[5].Name), ("2", b.Holders[4].Name), ("3", b.Holders[3].Name), ("joint =4", tied[0]), ("joint =4", tied[1]), ("6", b.Holders[0].Name)];
    }
}
