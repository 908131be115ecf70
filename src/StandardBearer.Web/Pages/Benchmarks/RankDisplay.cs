using Microsoft.AspNetCore.Html;
using StandardBearer.Core.Benchmarking;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>A rank as the league tables show it: "=3rd" on screen where it is shared, read out as "Joint 3rd".</summary>
public static class RankDisplay
{
    public static IHtmlContent Html(int rank, bool tied) => new HtmlString(tied
        ? $"<span aria-hidden=\"true\">=</span><span class=\"govuk-visually-hidden\">Joint </span>{LeagueTable.Ordinal(rank)}"
        : LeagueTable.Ordinal(rank));

    /// <summary>For the chart's SVG text, which is not read out (the table beside it is).</summary>
    public static string Compact(int rank, bool tied) => $"{(tied ? "=" : "")}{LeagueTable.Ordinal(rank)}";
}
