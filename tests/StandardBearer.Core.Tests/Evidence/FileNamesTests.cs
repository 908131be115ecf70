using StandardBearer.Core.Evidence;

namespace StandardBearer.Core.Tests.Evidence;

public class FileNamesTests
{
    public static TheoryData<string?, string, string> SanitiseCases => new()
    {
        { @"..\..\evil.exe", ".txt", "evil.txt" },
        { "/etc/passwd", ".txt", "passwd.txt" },
        { "C:\\Users\\sam\\Documents\\Survey 2026.xlsx", ".xlsx", "Survey 2026.xlsx" },
        { "a<b>c.pdf", ".pdf", "abc.pdf" },
        { "what?*|\":.pdf", ".pdf", "what.pdf" },
        { "   .  ", ".pdf", "file.pdf" },
        { null, ".png", "file.png" },
        { "", ".png", "file.png" },
        { "report.exe", ".pdf", "report.pdf" },
        { "Report.PDF", ".pdf", "Report.pdf" },
        { "archive.tar.gz", ".pdf", "archive.tar.pdf" },
        { "  Customer \t  panel\r\nminutes .docx", ".docx", "Customer panel minutes.docx" },
        { "...hidden", ".txt", "hidden.txt" },
        { "tab\u0001ctrl\u007F.txt", ".txt", "tabctrl.txt" },
        { "invoice\u202Efdp.exe", ".pdf", "invoicefdp.pdf" },
        { "Zoë’s café résumé.odt", ".odt", "Zoë’s café résumé.odt" },
        { "photo", "jpg", "photo.jpg" },
        { new string('a', 300) + ".pdf", ".pdf", new string('a', 100) + ".pdf" },
        { new string('b', 99) + " " + new string('c', 200), ".txt", new string('b', 99) + ".txt" },
    };

    [Theory]
    [MemberData(nameof(SanitiseCases))]
    public void Sanitise_DeclaredName_IsSafeWithTheDetectedExtension(string? name, string extension, string expected)
    {
        var safe = FileNames.Sanitise(name, extension);

        Assert.Equal(expected, safe);
    }

    [Theory]
    [InlineData(@"..\..\evil.exe", true)]
    [InlineData("/etc/passwd", true)]
    [InlineData("folder/report.pdf", true)]
    [InlineData("C:report.pdf", true)]
    [InlineData("d:\\report.pdf", true)]
    [InlineData("..", true)]
    [InlineData("report..pdf", false)]
    [InlineData("report.pdf", false)]
    [InlineData("Survey 2026 (final).xlsx", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void LooksLikePath_DeclaredName_SaysWhetherItCarriedFolders(string? name, bool expected)
    {
        var looksLikePath = FileNames.LooksLikePath(name);

        Assert.Equal(expected, looksLikePath);
    }
}
