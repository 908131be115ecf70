using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Register;

namespace StandardBearer.Core.Tests.Register;

public class RegisterExportTests
{
    private static readonly RegisterExportRow Riverside = new(
        "CSE-CA-2026-0001", CertificateStatus.Active, "Riverside Council", "1 High Street, Floor 2", "Riverside", "RV1 2AB", "United Kingdom",
        "Whole organisation, including \"Riverside Library\"", new DateOnly(2009, 3, 1), new DateOnly(2026, 3, 4), new DateOnly(2029, 3, 4), "Centre for Assessment");

    private static readonly RegisterExportRow Hostile = Riverside with
    {
        CertificateNumber = "CSE-CA-2026-0002", Status = CertificateStatus.Suspended, EntityName = "=HYPERLINK(\"http://evil.example\",\"Click\")",
        StreetAddress = "+44 line", City = "-Town", PostalCode = "@SUM(A1)", Scope = "Line one\nline two\u0001",
    };

    [Fact]
    public void ToCsv_Rows_WritesTheCertSearchHeaderAndIsoDates()
    {
        var csv = RegisterExport.ToCsv([Riverside]);

        var lines = csv.Split("\r\n");
        Assert.Equal("Certificate Number,Certification Status,Certified Entity Name,Street Address,City,Postal Code,Country,Certification Scope,Original Issue Date,Issue Date,Expiry Date,Certification Body", lines[0]);
        Assert.Equal("CSE-CA-2026-0001,Active,Riverside Council,\"1 High Street, Floor 2\",Riverside,RV1 2AB,United Kingdom,\"Whole organisation, including \"\"Riverside Library\"\"\",2009-03-01,2026-03-04,2029-03-04,Centre for Assessment", lines[1]);
        Assert.Equal("", lines[2]);
    }

    [Fact]
    public void ToCsv_FieldsThatLookLikeFormulas_AreWrittenAsText()
    {
        var csv = RegisterExport.ToCsv([Hostile]);

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",", csv);
        Assert.Contains(",'+44 line,'-Town,'@SUM(A1),", csv);
        Assert.Contains("\"Line one\nline two", csv);
    }

    [Fact]
    public void ToXlsx_Rows_IsAValidWorkbookHoldingTheHeaderAndRows()
    {
        var bytes = RegisterExport.ToXlsx([Riverside, Hostile]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(RegisterExport.Header, rows[0]);
        Assert.Equal(RegisterExport.Fields(Riverside), rows[1]);
        // Inline strings are never formulas, so the text goes in as it is (less the control character XML cannot hold).
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"Click\")", rows[2][2]);
        Assert.Equal("Line one\nline two", rows[2][7]);
        Assert.Empty(sheet.Descendants<CellFormula>());
        Assert.Equal("Certificates", document.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value);
    }

    [Fact]
    public void ToXlsx_NoRows_StillHasTheHeader()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(RegisterExport.ToXlsx([])), false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Single(document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>());
    }
}
