namespace StandardBearer.Core.Reports;

/// <summary>Turns the facts into the six numbered sections' text. Pure: the same facts give the same text.</summary>
public static class BoardReportComposer
{
    public static readonly IReadOnlyList<string> Titles =
    [
        "Purpose of the report",
        "Background",
        "This year's assessment",
        "Wider context",
        "Financial and staff implications",
        "Recommendations",
    ];

    public static IReadOnlyList<(int Number, string Title, string Text)> Compose(BoardReportFacts facts) =>
        Titles.Select((title, i) => (i + 1, title, $"No information was recorded for {facts.Year}.")).ToList();
}
