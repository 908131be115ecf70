using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StandardBearer.Web.Pages.Assessments.VisitPlan;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// The visit plan as a Word document the organisation can circulate: who is coming, when, and a table per day of
/// the sessions. Formatting is direct (no styles part), so the document stands alone and validates.
/// </summary>
public static class VisitAgendaDocx
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Writes the document to <paramref name="output"/>, which must be seekable (a package is written out of order).</summary>
    public static void Write(VisitPlanView plan, Stream output)
    {
        var key = plan.Key;
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        body.Append(Text("Visit agenda", size: 40, bold: true));
        body.Append(Text($"{key.OrganisationName}: {key.TypeName.ToLowerInvariant()} against {key.StandardLabel}", size: 26));
        body.Append(Line("Organisation", key.OrganisationName));
        body.Append(Line("Certification body", key.BodyName));
        body.Append(Line("Visit dates", key.VisitDates ?? "Not agreed yet"));
        body.Append(Line("Sites", key.Sites));
        body.Append(Line("Lead assessor", key.LeadAssessorName ?? "Not assigned yet"));
        if (key.TeamNames.Count > 0) body.Append(Line("Assessment team", string.Join(", ", key.TeamNames)));

        if (plan.Days.Count == 0) body.Append(Text("No sessions have been planned yet."));
        foreach (var day in plan.Days)
        {
            body.Append(Text(day.Heading, size: 30, bold: true, spaceBefore: 360));
            body.Append(DayTable(day));
        }
        // A4 portrait with 2 cm margins; the table spans the text width.
        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static readonly (string Heading, int Width)[] Columns =
        [("Time", 1300), ("Place", 2100), ("Session", 2000), ("Who takes part", 2500), ("Elements", 1738)];

    private static Table DayTable(VisitDay day)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U },
                new LeftBorder { Val = BorderValues.Single, Size = 4U },
                new BottomBorder { Val = BorderValues.Single, Size = 4U },
                new RightBorder { Val = BorderValues.Single, Size = 4U },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }),
            new TableLook { Val = "04A0" }));
        table.Append(new TableGrid(Columns.Select(c => new GridColumn { Width = c.Width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        // The heading row repeats at the top of each printed page.
        table.Append(new TableRow(Columns.Select(c => Cell(c.Heading, c.Width, bold: true)).Prepend<OpenXmlElement>(new TableRowProperties(new TableHeader()))));
        foreach (var s in day.Sessions)
        {
            string[] values = [s.Time, s.Site, s.KindName, s.Participants ?? "", s.Elements];
            table.Append(new TableRow(values.Select((v, i) => Cell(v, Columns[i].Width)).Prepend<OpenXmlElement>(new TableRowProperties(new CantSplit()))));
        }
        return table;
    }

    private static TableCell Cell(string text, int width, bool bold = false) =>
        new(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            Text(text, bold: bold));

    private static Paragraph Line(string label, string value)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "60" }));
        paragraph.Append(Run($"{label}: ", bold: true, size: null));
        AppendLines(paragraph, value, bold: false, size: null);
        return paragraph;
    }

    private static Paragraph Text(string text, int? size = null, bool bold = false, int? spaceBefore = null)
    {
        var spacing = new SpacingBetweenLines { After = "120" };
        if (spaceBefore is { } before) spacing.Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var paragraph = new Paragraph(new ParagraphProperties(spacing));
        AppendLines(paragraph, text, bold, size);
        return paragraph;
    }

    /// <summary>Typed line breaks (participants, sites) become breaks in the run rather than being lost.</summary>
    private static void AppendLines(Paragraph paragraph, string text, bool bold, int? size)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var run = Run(null, bold, size);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(run);
    }

    private static Run Run(string? text, bool bold, int? size)
    {
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        if (size is { } half) properties.Append(new FontSize { Val = half.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var run = new Run(properties);
        if (text is not null) run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
