using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Cli;

/// <summary>`sb report board` as an operator runs it: the real binary against a database of its own.</summary>
[Collection(SbCollection.Name)]
public sealed class ReportCliTests(SbDatabases databases) : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"sb-cli-report-{Guid.NewGuid():N}");
    private static readonly string Year = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private SbProcess Cli => new(_database.ConnectionString, Path.Combine(_folder, "evidence"));

    private Task<(int ExitCode, string Out, string Error)> Sb(params string[] args) => Cli.RunAsync(args);

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task ReportBoard_EachFormat_WritesTheReport_AndRunningAgainKeepsOneReport()
    {
        foreach (var (format, start) in new[] { ("md", "# Customer Service Excellence: report to the board"u8.ToArray()), ("docx", "PK"u8.ToArray()), ("pdf", "%PDF-"u8.ToArray()), ("html", "<!DOCTYPE html>"u8.ToArray()) })
        {
            var (code, output, error) = await Sb("report", "board", "--organisation", "riverside council", "--year", Year, "--format", format, "--out", PathOf($"board.{format}"));

            Assert.True(code == 0, error);
            Assert.Contains($"Wrote the {Year} board report for Riverside Council to {PathOf($"board.{format}")}", output);
            Assert.Equal(start, File.ReadAllBytes(PathOf($"board.{format}"))[..start.Length]);
        }
        var markdown = await File.ReadAllTextAsync(PathOf("board.md"));
        Assert.Contains("## 1. Purpose of the report", markdown);
        Assert.Contains($"## 5. Financial and staff implications\n\nNo costs were recorded for {Year}.", markdown);
        Assert.Contains("No contact officer is named.", markdown);
        Assert.Equal(1, await Cli.CountAsync("SELECT COUNT(*) FROM BoardReports"));
        Assert.Equal(6, await Cli.CountAsync("SELECT COUNT(*) FROM BoardReportSections"));
        Assert.Equal(1, await Cli.CountAsync("SELECT COUNT(*) FROM AuditEvents WHERE Action = 'BoardReportGenerated' AND ActorName = 'sb report board'"));
    }

    [Fact]
    public async Task ReportBoard_UnknownOrganisation_FailsWithAMessage()
    {
        var (code, _, error) = await Sb("report", "board", "--organisation", "Nowhere Council", "--year", Year, "--format", "md", "--out", PathOf("x.md"));

        Assert.Equal(1, code);
        Assert.Contains("error: There is no organisation called Nowhere Council.", error);
        Assert.False(File.Exists(PathOf("x.md")));
    }

    [Fact]
    public async Task ReportBoard_BadYearFormatOrPath_FailsWithAMessageAndWritesNothing()
    {
        var year = await Sb("report", "board", "--organisation", "Riverside Council", "--year", "1999", "--format", "md", "--out", PathOf("x.md"));
        var notAYear = await Sb("report", "board", "--organisation", "Riverside Council", "--year", "last", "--format", "md", "--out", PathOf("x.md"));
        var format = await Sb("report", "board", "--organisation", "Riverside Council", "--year", Year, "--format", "rtf", "--out", PathOf("x.rtf"));
        var path = await Sb("report", "board", "--organisation", "Riverside Council", "--year", Year, "--format", "md", "--out", PathOf("missing/x.md"));

        Assert.Equal(2, year.ExitCode);
        Assert.Contains("1999 is not a year a report can be about", year.Error);
        Assert.NotEqual(0, notAYear.ExitCode);
        Assert.Contains("last", notAYear.Error);
        Assert.NotEqual(0, format.ExitCode);
        Assert.Contains("rtf", format.Error);
        Assert.Equal(1, path.ExitCode);
        Assert.Contains("does not exist", path.Error);
        Assert.Empty(Directory.GetFiles(_folder));
        Assert.Equal(0, await Cli.CountAsync("SELECT COUNT(*) FROM BoardReports"));
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        databases.CopyMigratedTo(_database);
        var results = PathOf("results.csv");
        await File.WriteAllTextAsync(results, "organisation,sector,region,certification_body,assessment_date,assessment_type,element,rating\r\n"
            + $"Riverside Council,Local government,London,Northern Quality,{DateTime.UtcNow.Year - 1}-03-01,Initial,1.1.1,Compliance Plus\r\n");
        var (code, _, error) = await Sb("results", "import", results, "--create-missing");
        if (code != 0) throw new InvalidOperationException(error);
        File.Delete(results);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
