using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using StandardBearer.Core.SelfAssessment;

namespace StandardBearer.Core.Tests.SelfAssessment;

public class SelfAssessmentExportTests
{
    private static readonly SelfAssessmentExportRow Rated = new("1.1.1", "1 Customer Insight", "1.1 Customer Identification", "We have an in-depth understanding of our customers.",
        "Sam Owner", ElementProgress.Completed, "Compliance Plus", "We survey every customer.\nTwice a year.", 3, 1);

    private static readonly SelfAssessmentExportRow Untouched = Rated with
    {
        ElementNumber = "1.1.2", Statement = "=cmd|' /C calc'!A0", LeadOwner = null, Progress = ElementProgress.NotStarted, SelfRating = null, Narrative = null,
        EvidenceCount = 0, OpenActionCount = 0,
    };

    internal static List<List<string>> Rows(byte[] bytes, out IReadOnlyList<string> errors)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        return document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
    }

    [Fact]
    public void ToXlsx_Rows_IsAValidWorkbookWithAHeaderAndOneRowPerElement()
    {
        var rows = Rows(SelfAssessmentExport.ToXlsx([Rated, Untouched]), out var errors);

        Assert.Empty(errors);
        Assert.Equal(3, rows.Count);
        Assert.Equal(SelfAssessmentExport.Header, rows[0]);
        Assert.Equal(["1.1.1", "1 Customer Insight", "1.1 Customer Identification", "We have an in-depth understanding of our customers.", "Sam Owner", "Completed",
            "Compliance Plus", "We survey every customer.\nTwice a year.", "3", "1"], rows[1]);
        Assert.Equal(["1.1.2", "1 Customer Insight", "1.1 Customer Identification", "=cmd|' /C calc'!A0", "", "Not started", "Not yet rated", "", "0", "0"], rows[2]);
    }

    [Fact]
    public void ToXlsx_Counts_AreNumberCellsAndTextIsNeverAFormula()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(SelfAssessmentExport.ToXlsx([Untouched])), false);

        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Last().Elements<Cell>().ToList();
        Assert.Equal(CellValues.Number, cells[8].DataType!.Value);
        Assert.Equal(CellValues.InlineString, cells[3].DataType!.Value);
        Assert.Empty(document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<CellFormula>());
        Assert.Equal("Self-assessment", document.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value);
    }

    [Fact]
    public void FileName_OrganisationAndDay_IsASafeDatedName() =>
        Assert.Equal("st-mary-s-council-self-assessment-2027-03-04.xlsx", SelfAssessmentExport.FileName("St Mary's Council", new DateTimeOffset(2027, 3, 4, 23, 0, 0, TimeSpan.Zero)));
}
