using StandardBearer.Core.Centre;

namespace StandardBearer.Web.Pages.Centre;

/// <summary>A count by category as <c>_CountTable</c> shows it: chart, table (id <paramref name="Id"/>) and CSV download.</summary>
public sealed record CountTableView(string Id, string Caption, string What, IReadOnlyList<CountRow> Rows);

/// <summary>A "top five" list of elements as <c>_TopElements</c> shows it, charting <paramref name="Value"/>.</summary>
public sealed record TopElementsView(string Id, string Caption, IReadOnlyList<ElementFigures> Rows, Func<ElementFigures, decimal> Value,
    Func<ElementFigures, string> Text, string Empty);

/// <summary>A CSV download link for one dashboard table.</summary>
public sealed record DownloadView(string Table, string What);
