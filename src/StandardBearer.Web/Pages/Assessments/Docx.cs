using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// The pieces the assessment's Word documents (the report and the visit agenda) are built from, so both treat
/// typed text the same way: characters XML cannot hold are dropped rather than breaking the save, and line breaks
/// stay line breaks.
/// </summary>
public static class Docx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A run of typed text; <paramref name="halfPoints"/> is Word's font size unit.</summary>
    public static Run Text(string text, bool bold = false, int? halfPoints = null)
    {
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        if (halfPoints is { } size) properties.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        var run = new Run(properties);
        var lines = Safe(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>
    /// A bordered table of fixed column widths (twips). A header row repeats on every page the table runs over;
    /// without one, the first column holds labels and is bold, like a summary list's keys. Rows do not split.
    /// </summary>
    public static Table Table(IReadOnlyList<int> widths, IReadOnlyList<string>? header, IEnumerable<IReadOnlyList<string>> rows)
    {
        static BorderType Line<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Space = 0, Color = "B1B4B6" };
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        if (header is not null)
        {
            var row = new TableRow(new TableRowProperties(new TableHeader()));
            row.Append(header.Select((text, i) => Cell(widths[i], Text(text, bold: true))));
            table.Append(row);
        }
        foreach (var values in rows)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            row.Append(values.Select((text, i) => Cell(widths[i], Text(text, bold: header is null && i == 0))));
            table.Append(row);
        }
        return table;
    }

    /// <summary>A4 portrait with 2 cm margins: about 9,600 twips of text width for the tables.</summary>
    public static SectionProperties A4() => new(
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 });

    private static TableCell Cell(int width, Run run) =>
        new(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
            new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }), run));

    /// <summary>Drops characters XML cannot hold (control characters pasted into a form would otherwise fail the save).</summary>
    private static string Safe(string text)
    {
        var normal = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return normal.All(IsXmlChar) ? normal : new string(normal.Where(IsXmlChar).ToArray());
    }

    private static bool IsXmlChar(char c) => System.Xml.XmlConvert.IsXmlChar(c) || char.IsSurrogate(c);
}
