using StandardBearer.Core.Demo;
using StandardBearer.Core.Standards.Packs;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Cli;

/// <summary>Runs the real `sb` binary against a database of its own, configured the way an operator would.</summary>
[Collection(SbCollection.Name)]
public sealed class CliTests(SbDatabases databases) : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private readonly string _evidence = Path.Combine(Path.GetTempPath(), $"sb-cli-evidence-{Guid.NewGuid():N}");

    private SbProcess Cli => new(_database.ConnectionString, _evidence);

    private Task<(int ExitCode, string Out, string Error)> Sb(params string[] args) => Cli.RunAsync(args);

    private Task<long> CountAsync(string sql) => Cli.CountAsync(sql);

    /// <summary>Starts from the demo as `sb demo seed` leaves it (seeded once for all the CLI tests).</summary>
    private void UseSeeded() => databases.CopySeededTo(_database, _evidence);

    /// <summary>Starts from a database `sb db migrate` has migrated.</summary>
    private void UseMigrated() => databases.CopyMigratedTo(_database);

    [Fact]
    public async Task Help_ListsTheCommands()
    {
        var (code, output, _) = await Sb("--help");

        Assert.Equal(0, code);
        Assert.Contains("db", output);
        Assert.Contains("users", output);
        Assert.Contains("demo", output);
    }

    [Fact]
    public async Task DbMigrate_EmptyDatabase_AppliesMigrationsThenReportsUpToDate()
    {
        var first = await Sb("db", "migrate");
        var second = await Sb("db", "migrate");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Applied", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("up to date", second.Out);
    }

    [Fact]
    public async Task DemoSeed_TwiceOnTheSameDatabase_SeedsOnce()
    {
        var first = databases.SeedResult;
        UseSeeded();
        var second = await Sb("demo", "seed");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("nothing was seeded", second.Out);
        Assert.Equal(DemoSeeder.Users.Count, await CountAsync("SELECT COUNT(*) FROM AspNetUsers"));
        Assert.Equal(DemoSeeder.Organisations.Count + DemoBenchmarks.Holders.Count, await CountAsync("SELECT COUNT(*) FROM Organisations"));
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM CertificationBodies"));
    }

    [Fact]
    public async Task DemoSeed_GivesEachOrganisationALivedInSelfAssessment()
    {
        UseSeeded();

        // The three self-assessing organisations, and the two demo holders whose quick assessments started one.
        Assert.Equal(5, await CountAsync("SELECT COUNT(*) FROM SelfAssessments WHERE Status = 'Open'"));
        Assert.Equal(32 + 26 + 12, await CountAsync("SELECT COUNT(*) FROM ElementSelfAssessments WHERE RatingKey IS NOT NULL AND Narrative IS NOT NULL"));
        Assert.Equal(3 * 12, await CountAsync("SELECT COUNT(*) FROM EvidenceItems WHERE Id NOT IN (SELECT EvidenceItemId FROM LearningActivities WHERE EvidenceItemId IS NOT NULL)"));
        // Skills: champions beside the lead owners, and Northmoor's learning log with one activity recorded as evidence.
        Assert.True(await CountAsync("SELECT COUNT(*) FROM ElementChampions") >= 3 * 6);
        Assert.Equal(10, await CountAsync("SELECT COUNT(*) FROM LearningActivities"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM EvidenceItems WHERE Id IN (SELECT EvidenceItemId FROM LearningActivities)"));
        Assert.True(await CountAsync("SELECT COUNT(*) FROM EvidenceLinks") > 3 * 12);
        Assert.True(await CountAsync("SELECT COUNT(*) FROM ImprovementAction") >= 3);
        // Every recorded file's bytes are in the store, and the photo shared by all three is stored once.
        var distinctFiles = await CountAsync("SELECT COUNT(DISTINCT Sha256) FROM EvidenceFiles");
        Assert.Equal(distinctFiles, Directory.GetFiles(_evidence, "*", SearchOption.AllDirectories).Count(f => !f.Contains("incoming", StringComparison.Ordinal)));
        Assert.True(distinctFiles < await CountAsync("SELECT COUNT(*) FROM EvidenceFiles"));
    }

    [Fact]
    public async Task DemoSeed_GivesOneOrganisationACertificateAndAnotherAnAssessmentInDesktopReview()
    {
        UseSeeded();

        var riverside = $"(SELECT Id FROM Organisations WHERE Name = '{DemoAssessments.CompletedOrganisation}')";
        var westbridge = $"(SELECT Id FROM Organisations WHERE Name = '{DemoAssessments.InReviewOrganisation}')";
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM Assessments WHERE OrganisationId = {riverside} AND Status = 'Decided' AND Outcome = 'CertifyWithActionPlan' AND Strengths IS NOT NULL"));
        Assert.Equal(57, await CountAsync($"SELECT COUNT(*) FROM AssessmentElements WHERE OrganisationId = {riverside} AND FinalRatingKey IS NOT NULL"));
        Assert.Equal(5, await CountAsync($"SELECT COUNT(*) FROM CriterionFindings WHERE OrganisationId = {riverside}"));
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM Certificates WHERE OrganisationId = {riverside} AND Status = 'Active' AND Number LIKE 'CSE-CA-%'"));
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM Assessments WHERE OrganisationId = {westbridge} AND Status = 'DesktopReview'"));
        Assert.Equal(2, await CountAsync($"SELECT COUNT(*) FROM EvidenceRequests WHERE OrganisationId = {westbridge} AND Status = 'Open'"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM AssessorConflicts"));
    }

    [Fact]
    public async Task DemoSeed_GivesTheRegisterASuspendedAConfidentialAndALongStandingHolder()
    {
        UseSeeded();

        string Of(string name) => $"(SELECT Id FROM Organisations WHERE Name = '{name}')";
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM Certificates WHERE OrganisationId = {Of(DemoAssessments.SuspendedOrganisation)} AND Status = 'Suspended' AND StatusReason IS NOT NULL"));
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM Certificates WHERE OrganisationId = {Of(DemoAssessments.ConfidentialOrganisation)} AND Status = 'Active' AND Confidential = 1"));
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM PredecessorAwards WHERE OrganisationId = {Of(DemoAssessments.CompletedOrganisation)} AND Name = 'Charter Mark' AND HeldFrom = '1997-05-01'"));
        Assert.Equal(3 * 57, await CountAsync("SELECT COUNT(*) FROM ReviewPlanItems WHERE Reason = 'Rotation'"));
    }

    [Fact]
    public async Task DemoSeed_GivesRiversideThreeYearsOfCosts_WithLastYearOverBothBudgets()
    {
        UseSeeded();

        var riverside = $"(SELECT Id FROM Organisations WHERE Name = '{DemoCosts.Organisation}')";
        var lastYear = DateTime.UtcNow.Year - 1;
        Assert.Equal(3, await CountAsync($"SELECT COUNT(DISTINCT Year) FROM CostBudgets WHERE OrganisationId = {riverside}"));
        Assert.Equal(3, await CountAsync($"SELECT COUNT(*) FROM CostItems WHERE OrganisationId = {riverside} AND Kind = 'AssessmentFee'"));
        Assert.Equal(2, await CountAsync($"SELECT COUNT(DISTINCT Unit) FROM StaffTimeEntries WHERE OrganisationId = {riverside}"));
        // SQLite keeps decimals as text: cast to add them up. Only last year spent more than its budget.
        Assert.Equal(lastYear, await CountAsync($"""
            SELECT COALESCE(SUM(b.Year), 0) FROM CostBudgets b WHERE b.OrganisationId = {riverside}
            AND CAST(b.Money AS REAL) < (SELECT SUM(CAST(c.Amount AS REAL)) FROM CostItems c WHERE c.OrganisationId = b.OrganisationId AND c.Year = b.Year)
            AND CAST(b.StaffDays AS REAL) < (SELECT SUM(CASE s.Unit WHEN 'Days' THEN CAST(s.Quantity AS REAL) ELSE CAST(s.Quantity AS REAL) / 7.4 END)
                FROM StaffTimeEntries s WHERE s.OrganisationId = b.OrganisationId AND s.Year = b.Year)
            """));
    }

    [Fact]
    public async Task UsersCreate_WithTenant_CreatesTheUserAndPrintsAGeneratedPassword()
    {
        UseSeeded();

        var (code, output, _) = await Sb("users", "create", "--email", "new.assessor@test.example", "--role", "Assessor", "--tenant", "Centre for Assessment");

        Assert.Equal(0, code);
        Assert.Contains("Password (shown once)", output);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM AspNetUsers WHERE Email = 'new.assessor@test.example'"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM AuditEvents WHERE Action = 'MemberAdded' AND ActorName = 'sb users create'"));
    }

    [Fact]
    public async Task UsersCreate_UnknownTenant_FailsWithAMessageAndWritesNothing()
    {
        UseMigrated();

        var (code, _, error) = await Sb("users", "create", "--email", "x@test.example", "--role", "OrganisationAdmin", "--tenant", "Nowhere");

        Assert.NotEqual(0, code);
        Assert.Contains("There is no organisation called Nowhere", error);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM AspNetUsers"));
    }

    [Fact]
    public async Task UsersCreate_MissingRequiredOption_FailsWithUsage()
    {
        var (code, _, error) = await Sb("users", "create", "--email", "x@test.example");

        Assert.NotEqual(0, code);
        Assert.Contains("--role", error);
    }

    [Fact]
    public async Task StandardListShowExport_AfterMigrate_ShowTheBuiltInPack()
    {
        var migrate = await Sb("db", "migrate");
        Assert.Contains("Published the built-in CSE standard pack", migrate.Out);
        var file = Path.Combine(Path.GetTempPath(), $"sb-export-{Guid.NewGuid():N}.json");

        var list = await Sb("standard", "list");
        var show = await Sb("standard", "show", "--code", "CSE");
        var export = await Sb("standard", "export", "--code", "CSE", "--version", "summaries-1", "--out", file);

        Assert.Matches(@"CSE\s+summaries-1\s+Published\s+summaries\s+57", list.Out);
        Assert.Contains("4.3.2 Easy complaints procedure", show.Out);
        Assert.Equal(0, export.ExitCode);
        Assert.Equal(BuiltInPacks.CseSummariesJson(), await File.ReadAllTextAsync(file));
        File.Delete(file);
    }

    [Fact]
    public async Task StandardImport_BadPack_ListsEveryProblemAndWritesNothing()
    {
        UseMigrated();
        var file = Path.Combine(Path.GetTempPath(), $"sb-bad-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, PackReader.Write(BuiltInPacks.CseSummaries() with
        {
            Version = "broken-1", Wording = "secret", Outcome = new PackOutcome { MinimumCompliantShare = -0.1m },
        }));

        var (code, _, error) = await Sb("standard", "import", file);

        Assert.NotEqual(0, code);
        Assert.Contains("nothing was written", error);
        Assert.Contains("$.wording", error);
        Assert.Contains("$.outcome.minimumCompliantShare", error);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM StandardVersions"));
        File.Delete(file);
    }

    [Fact]
    public async Task StandardImportPublishRetire_NewVersion_MovesThroughItsStatuses()
    {
        UseMigrated();
        var file = Path.Combine(Path.GetTempPath(), $"sb-new-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, PackReader.Write(BuiltInPacks.CseSummaries() with { Version = "2027-official", Wording = "official" }));

        var import = await Sb("standard", "import", file);
        var publish = await Sb("standard", "publish", "--code", "CSE", "--version", "2027-official");
        var again = await Sb("standard", "publish", "--code", "CSE", "--version", "2027-official");
        var retire = await Sb("standard", "retire", "--code", "CSE", "--version", "2027-official");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("as a draft", import.Out);
        Assert.Equal(0, publish.ExitCode);
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("only a draft can be published", again.Error);
        Assert.Equal(0, retire.ExitCode);
        Assert.Contains("2027-official        Retired", (await Sb("standard", "list")).Out);
        File.Delete(file);
    }

    [Fact]
    public async Task RegisterExport_AfterDemoSeed_WritesCsvToStandardOutputAndXlsxToAFile()
    {
        UseSeeded();
        var file = Path.Combine(Path.GetTempPath(), $"sb-register-{Guid.NewGuid():N}.xlsx");

        var csv = await Sb("register", "export", "--format", "csv");
        var xlsx = await Sb("register", "export", "--format", "xlsx", "--out", file);
        var body = await Sb("register", "export", "--format", "csv", "--body", "Centre for Assessment", "--include-confidential");

        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith("Certificate Number,Certification Status,Certified Entity Name,Street Address,City,Postal Code,Country,", csv.Out);
        Assert.Contains($",Active,{DemoAssessments.CompletedOrganisation},", csv.Out);
        Assert.Contains(",United Kingdom,", csv.Out);
        Assert.Equal(0, xlsx.ExitCode);
        Assert.Contains("Wrote", xlsx.Out);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(file, false))
        {
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
            Assert.Contains(DemoAssessments.CompletedOrganisation, document.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText);
        }
        Assert.Equal(0, body.ExitCode);
        Assert.Contains(DemoAssessments.CompletedOrganisation, body.Out);
        File.Delete(file);
    }

    [Fact]
    public async Task RegisterExport_WrongUse_FailsWithAClearMessage()
    {
        UseMigrated();

        var xlsxToScreen = await Sb("register", "export", "--format", "xlsx");
        var confidentialAlone = await Sb("register", "export", "--format", "csv", "--include-confidential");
        var unknownBody = await Sb("register", "export", "--format", "csv", "--body", "Nowhere");
        var pdf = await Sb("register", "export", "--format", "pdf");

        Assert.Equal(2, xlsxToScreen.ExitCode);
        Assert.Contains("--out FILE", xlsxToScreen.Error);
        Assert.Equal(2, confidentialAlone.ExitCode);
        Assert.Contains("--include-confidential needs --body", confidentialAlone.Error);
        Assert.Equal(1, unknownBody.ExitCode);
        Assert.Contains("There is no certification body called Nowhere", unknownBody.Error);
        Assert.NotEqual(0, pdf.ExitCode);
        Assert.Contains("pdf", pdf.Error);
        Assert.Equal("", xlsxToScreen.Out + confidentialAlone.Out + unknownBody.Out);
    }

    [Fact]
    public async Task Benchmark_AfterDemoSeed_LeagueTableAndPositionInEachFormat()
    {
        UseSeeded();
        const string body = "Centre for Assessment";

        var table = await Sb("benchmark", "league-table", "--body", body);
        var csv = await Sb("benchmark", "league-table", "--body", body, "--format", "csv", "--sector", "NationalPark");
        var json = await Sb("benchmark", "league-table", "--body", body, "--format", "json", "--year", (DateTime.UtcNow.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var position = await Sb("benchmark", "position", "--body", body, "--organisation", DemoAssessments.CompletedOrganisation, "--format", "json");
        var text = await Sb("benchmark", "position", "--body", body, "--organisation", DemoAssessments.CompletedOrganisation);

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Centre for Assessment: 42 holder(s)", table.Out);
        Assert.Contains(DemoAssessments.CompletedOrganisation, table.Out);
        Assert.Contains("Points are from the scheme “Centre for Assessment points”", table.Out);
        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith("Rank,Joint,Organisation,Sector,Region,Size,Points,Compliance Plus,Compliance,Partial Compliance,Non-Compliance", csv.Out);
        Assert.Equal(5, csv.Out.Trim().Split('\n').Length); // four national parks and the header
        Assert.Equal(0, json.ExitCode);
        using (var doc = System.Text.Json.JsonDocument.Parse(json.Out))
        {
            Assert.Equal(40, doc.RootElement.GetProperty("rows").GetArrayLength()); // Riverside and Eastmere were certified this year
            Assert.Equal(1, doc.RootElement.GetProperty("rows")[0].GetProperty("rank").GetInt32());
        }
        Assert.Equal(0, position.ExitCode);
        using (var doc = System.Text.Json.JsonDocument.Parse(position.Out))
        {
            var p = doc.RootElement;
            foreach (var field in new[] { "rank", "tied", "total", "ahead", "aheadWithPartial", "withoutPartial", "isWithoutPartial", "points", "sentence" })
                Assert.True(p.TryGetProperty(field, out _), field);
            Assert.Equal(42, p.GetProperty("total").GetInt32());
            Assert.Contains("of 42 organisations", p.GetProperty("sentence").GetString());
        }
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("of 42 organisations", text.Out);
    }

    [Fact]
    public async Task Benchmark_WrongUse_FailsWithAClearMessage()
    {
        UseSeeded();

        var unknownBody = await Sb("benchmark", "league-table", "--body", "Nowhere");
        var future = await Sb("benchmark", "league-table", "--body", "Centre for Assessment", "--year", "2999");
        var unknownOrganisation = await Sb("benchmark", "position", "--body", "Centre for Assessment", "--organisation", "Nobody");
        var notAHolder = await Sb("benchmark", "position", "--body", "Centre for Assessment", "--organisation", DemoAssessments.InReviewOrganisation);
        var badSector = await Sb("benchmark", "league-table", "--body", "Centre for Assessment", "--sector", "Pirates");

        Assert.Equal(1, unknownBody.ExitCode);
        Assert.Contains("There is no certification body called Nowhere", unknownBody.Error);
        Assert.Equal(1, future.ExitCode);
        Assert.Contains("2999 has not happened yet", future.Error);
        Assert.Equal(1, unknownOrganisation.ExitCode);
        Assert.Contains("There is no organisation called Nobody", unknownOrganisation.Error);
        Assert.Equal(1, notAHolder.ExitCode);
        Assert.Contains("is not among Centre for Assessment's holders", notAHolder.Error);
        Assert.NotEqual(0, badSector.ExitCode);
        Assert.Contains("Pirates", badSector.Error);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_evidence)) Directory.Delete(_evidence, recursive: true);
    }
}
