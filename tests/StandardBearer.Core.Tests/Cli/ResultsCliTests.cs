using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Cli;

/// <summary>`sb results import` as an operator runs it: the real binary against a database of its own.</summary>
[Collection(SbCollection.Name)]
public sealed class ResultsCliTests(SbDatabases databases) : IAsyncLifetime
{
    private const string Header = "organisation,sector,region,certification_body,assessment_date,assessment_type,element,rating";
    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"sb-cli-results-{Guid.NewGuid():N}");

    private SbProcess Cli => new(_database.ConnectionString, Path.Combine(_folder, "evidence"));

    private Task<(int ExitCode, string Out, string Error)> Sb(params string[] args) => Cli.RunAsync(args);

    private Task<long> CountAsync(string sql) => Cli.CountAsync(sql);

    private string Write(string name, params string[] rows)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\r\n", [Header, .. rows]) + "\r\n");
        return path;
    }

    [Fact]
    public async Task ResultsImport_GoodFileWithCreateMissing_ImportsAndPrintsCounts_AndASecondRunChangesNothing()
    {
        var file = Write("good.csv",
            "Riverside Council,Local government,London,Northern Quality,2024-03-01,Initial,1.1.1,Compliance Plus",
            "Riverside Council,Local government,London,Northern Quality,2024-03-01,Initial,1.1.2,Partial Compliance");

        var first = await Sb("results", "import", file, "--create-missing");
        var second = await Sb("results", "import", file);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("1 assessment from 2 rows: 1 added, 0 updated, 0 unchanged; 1 organisation created; 1 certification body created.", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 added, 0 updated, 1 unchanged", second.Out);
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM HistoricalRatings"));
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM ResultsImports"));
    }

    [Fact]
    public async Task ResultsImport_BadRows_PrintsEachWithItsLineToStandardErrorAndWritesNothing()
    {
        var file = Write("bad.csv",
            "Hillside Council,Local government,London,Southern Quality,2024-03-01,Initial,1.1.1,Compliance",
            "Hillside Council,Local government,London,Southern Quality,2024-03-01,Initial,1.1.2,Excellent",
            "Hillside Council,Local government,London,Southern Quality,2024-13-01,Initial,1.1.3,Compliance");

        var (code, _, error) = await Sb("results", "import", file);

        Assert.Equal(2, code);
        Assert.Contains("nothing was written", error);
        Assert.Contains("line 2: There is no organisation called \"Hillside Council\"", error);
        Assert.Contains("add --create-missing to create it", error);
        Assert.Contains("line 3: rating \"Excellent\" is not a rating of CSE summaries-1", error);
        Assert.Contains("line 4: assessment_date \"2024-13-01\" is not a date", error);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM Organisations WHERE Name = 'Hillside Council'"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM ResultsImports WHERE FileName = 'bad.csv'"));
    }

    [Fact]
    public async Task ResultsImport_NoSuchFileOrVersion_SaysSoAndFails()
    {
        var missing = await Sb("results", "import", Path.Combine(_folder, "missing.csv"));
        var version = await Sb("results", "import", Write("v.csv", "A,,,B,2024-01-01,Initial,1.1.1,Compliance"), "--version", "nine");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("There is no file", missing.Error);
        Assert.NotEqual(0, version.ExitCode);
        Assert.Contains("There is no version nine of CSE.", version.Error);
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        databases.CopyMigratedTo(_database);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
