using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace StandardBearer.Core.Common;

/// <summary>
/// A one-sheet workbook: a bold frozen header row, then the rows. Whole numbers become number cells; everything else
/// is an inline string, so nothing is read as a formula and dates stay as the text they were given.
/// </summary>
public static class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint HeaderStyle = 1;

    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyList<double>? widths = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });

            var data = new SheetData();
            uint rowIndex = 1;
            data.Append(Row(rowIndex++, header, HeaderStyle));
            foreach (var row in rows) data.Append(Row(rowIndex++, row, 0));

            var sheet = workbook.AddNewPart<WorksheetPart>();
            var worksheet = new Worksheet(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { TabSelected = true, WorkbookViewId = 0 }));
            if (widths is not null)
                worksheet.Append(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
            worksheet.Append(data);
            sheet.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, IReadOnlyList<object?> values, uint style) =>
        new(values.Select((value, i) => Cell($"{Column(i)}{index.ToString(CultureInfo.InvariantCulture)}", value, style))) { RowIndex = index };

    private static Cell Cell(string reference, object? value, uint style) => value is int or long
        ? new Cell { CellReference = reference, DataType = CellValues.Number, StyleIndex = style == 0 ? null : style, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) }
        : new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = style == 0 ? null : style,
            InlineString = new InlineString(new Text(Safe(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")) { Space = SpaceProcessingModeValues.Preserve }),
        };

    private static string Column(int i) => i < 26 ? ((char)('A' + i)).ToString() : $"{(char)('A' + i / 26 - 1)}{(char)('A' + i % 26)}";

    /// <summary>Drops characters XML cannot hold (control characters someone pasted into a name), which would make an unreadable file.</summary>
    private static string Safe(string text) =>
        text.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)) ? text : new string(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());
}
