using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Benchmarking;

public abstract class ResultsImportTests(AppFixture app)
{
    private const string Header = "organisation,sector,region,certification_body,assessment_date,assessment_type,element,rating";
    private static readonly Actor Operator = Actor.System("sb results import");

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    private static string File(params string[] rows) => string.Join("\n", [Header, .. rows]) + "\n";

    private Task<ResultsImportReport> ImportAsync(string csv, bool createMissing = false, string? version = null, Guid? onlyBody = null) =>
        ImportAsync(Encoding.UTF8.GetBytes(csv), createMissing, version, onlyBody);

    private Task<ResultsImportReport> ImportAsync(byte[] csv, bool createMissing = false, string? version = null, Guid? onlyBody = null) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<ResultsImportService>().ImportAsync(new MemoryStream(csv),
            new ResultsImportOptions { FileName = "results.csv", CreateMissing = createMissing, VersionLabel = version, OnlyBodyId = onlyBody }, Operator));

    private async Task<(int Organisations, int Bodies, int Results, int Ratings, int Imports)> CountsAsync() => await app.WithDbAsync(async db =>
        (await db.Organisations.CountAsync(), await db.CertificationBodies.CountAsync(), await db.HistoricalResults.CountAsync(),
            await db.HistoricalRatings.CountAsync(), await db.ResultsImports.CountAsync()));

    private Task<List<string>> ElementsAsync() => app.WithDbAsync(async db =>
    {
        var current = await StandardCatalogue.CurrentAsync(db, "CSE");
        return (await db.Elements.Where(e => e.StandardVersionId == current!.Id).Select(e => e.Number).ToListAsync()).OrderBy(n => n, ElementNumberComparer.Instance).ToList();
    });

    private static void AssertProblem(ResultsImportReport report, int line, string fragment)
    {
        Assert.False(report.Succeeded);
        Assert.Null(report.ImportId);
        Assert.Contains(report.Problems, p => p.Line == line && p.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [DbFact]
    public async Task Import_CleanFile_CreatesOneResultPerAssessmentWithTheVersionsRatingKeys()
    {
        var body = await app.Data.CreateBodyAsync();
        var first = await app.Data.CreateOrganisationAsync();
        var second = await app.Data.CreateOrganisationAsync();
        var csv = File(
            $"{first.Name},,,{body.Name},2024-03-01,Initial,1.1.1,compliance plus",
            $"{first.Name},,,{body.Name},2024-03-01,Initial,1.1.2,PartialCompliance",
            $"{first.Name.ToUpperInvariant()},,,{body.Name},01/03/2024,initial,1.1.3,Non-Compliance",
            $"{first.Name},,,{body.Name},2025-03-01,Annual review,1.1.1,Compliance",
            $" {second.Name} ,,,{body.Name.ToLowerInvariant()},2024-06-30,Reassessment,5.3.3,Compliance");
        var before = await CountsAsync();

        var report = await ImportAsync(csv);

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        Assert.Equal((5, 3, 0, 0, 0, 0), (report.Rows, report.ResultsCreated, report.ResultsUpdated, report.ResultsUnchanged, report.OrganisationsCreated, report.BodiesCreated));
        Assert.Equal("summaries-1", report.VersionLabel);
        var after = await CountsAsync();
        Assert.Equal((before.Organisations, before.Bodies, before.Results + 3, before.Ratings + 5, before.Imports + 1), after);

        var initial = await app.WithDbAsync(db => db.HistoricalResults.Include(h => h.Ratings)
            .SingleAsync(h => h.OrganisationId == first.Id && h.CertificationBodyId == body.Id && h.Type == AssessmentType.Initial));
        Assert.Equal(new DateOnly(2024, 3, 1), initial.AssessedOn);
        Assert.Equal(report.ImportId, initial.ResultsImportId);
        Assert.Equal(["1.1.1=CompliancePlus", "1.1.2=PartialCompliance", "1.1.3=NonCompliance"],
            initial.Ratings.OrderBy(r => r.ElementNumber).Select(r => $"{r.ElementNumber}={r.RatingKey}"));
        Assert.All(initial.Ratings, r => Assert.Equal((first.Id, body.Id), (r.OrganisationId, r.CertificationBodyId)));
        Assert.True(await app.WithDbAsync(db => db.HistoricalResults.AnyAsync(h => h.OrganisationId == first.Id && h.Type == AssessmentType.AnnualReview && h.AssessedOn == new DateOnly(2025, 3, 1))));

        var import = await app.WithDbAsync(db => db.ResultsImports.SingleAsync(i => i.Id == report.ImportId));
        Assert.Equal(("results.csv", 5, 3, "sb results import", null), (import.FileName, import.Rows, import.ResultsCreated, import.ImportedBy, import.CertificationBodyId));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(csv))), import.Sha256);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "ResultsImported" && e.Subject == $"ResultsImport/{report.ImportId}")));
    }

    [DbFact]
    public async Task Import_BomCrlfAndQuotedFields_ReadsThemAndNumbersLinesInTheFile()
    {
        var body = await app.Data.CreateBodyAsync();
        var name = Unique("Borough of \"Quotes\", Commas");
        var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var text = $"{Header}\r\n{quoted},,,\"{body.Name}\",2024-01-31,Initial,1.1.1,Compliance\r\n\r\n\"Two\r\nline name\",,,{body.Name},2024-01-31,Initial,1.1.1,Compliance\r\n{quoted},,,{body.Name},2024-01-31,Initial,9.9.9,Compliance\r\n";
        byte[] bom = [0xEF, 0xBB, 0xBF];

        var report = await ImportAsync([.. bom, .. Encoding.UTF8.GetBytes(text)], createMissing: false);

        // The organisation with the two-line name starts on line 4; the bad element is on line 6, after it.
        AssertProblem(report, 2, $"There is no organisation called \"{name}\"");
        AssertProblem(report, 4, "There is no organisation called \"Two\r\nline name\"");
        AssertProblem(report, 6, "element \"9.9.9\" is not an element of CSE");
    }

    public static TheoryData<string, string, string> BadRows => new()
    {
        { "unknown element", "{org},Health,London,{body},2024-03-01,Initial,9.9.9,Compliance", "element \"9.9.9\" is not an element of CSE" },
        { "unknown rating", "{org},Health,London,{body},2024-03-01,Initial,1.1.2,Excellent", "use one of Compliance Plus, Compliance, Partial Compliance, Non-Compliance." },
        { "bad date", "{org},Health,London,{body},31 March 2024,Initial,1.1.2,Compliance", "assessment_date \"31 March 2024\" is not a date" },
        { "impossible date", "{org},Health,London,{body},2024-02-30,Initial,1.1.2,Compliance", "assessment_date \"2024-02-30\" is not a date" },
        { "future date", "{org},Health,London,{body},2999-01-01,Initial,1.1.2,Compliance", "assessment_date 2999-01-01 is in the future" },
        { "unknown type", "{org},Health,London,{body},2024-03-01,Surveillance,1.1.2,Compliance", "assessment_type \"Surveillance\" is not known: use Initial, AnnualReview or Reassessment." },
        { "duplicate element", "{org},Health,London,{body},2024-03-01,Initial,1.1.1,Partial Compliance", "element 1.1.1 is in this assessment twice" },
        { "missing value", "{org},Health,London,{body},,Initial,1.1.2,Compliance", "Enter a value in the assessment_date column." },
        { "missing rating column", "{org},Health,London,{body},2024-03-01,Initial,1.1.2", "Enter a value in the rating column." },
        { "sector not recognised", "{new},Space travel,London,{body},2024-03-01,Initial,1.1.1,Compliance", "sector \"Space travel\" is not recognised, so \"{new}\" cannot be created: use one of Local government," },
        { "region not recognised", "{new},Health,Atlantis,{body},2024-03-01,Initial,1.1.1,Compliance", "region \"Atlantis\" is not recognised, so \"{new}\" cannot be created" },
        { "no sector for a new organisation", "{new},,London,{body},2024-03-01,Initial,1.1.1,Compliance", "Enter a sector for \"{new}\"" },
    };

    [DbTheory]
    [MemberData(nameof(BadRows))]
    public async Task Import_OneBadRow_ReportsItsLineAndWhyAndWritesNothing(string why, string row, string message)
    {
        var newOrganisation = Unique($"New org ({why})");
        var newBody = Unique("New body");
        string Fill(string s) => s.Replace("{org}", newOrganisation, StringComparison.Ordinal).Replace("{body}", newBody, StringComparison.Ordinal)
            .Replace("{new}", Unique("Another new org"), StringComparison.Ordinal);
        // Line 2 is good, and would create an organisation and a body; line 3 is the bad one.
        var bad = Fill(row);
        var newInBad = bad.Split(',')[0];
        var csv = File(Fill("{org},Health,London,{body},2024-03-01,Initial,1.1.1,Compliance"), bad);
        var before = await CountsAsync();

        var report = await ImportAsync(csv, createMissing: true);

        AssertProblem(report, 3, message.Replace("{new}", newInBad, StringComparison.Ordinal));
        Assert.Single(report.Problems);
        if (why == "duplicate element") Assert.Contains("it is also on line 2", report.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == newOrganisation)));
        Assert.False(await app.WithDbAsync(db => db.CertificationBodies.AnyAsync(b => b.Name == newBody)));
    }

    public static TheoryData<string, string, int, string> BadFiles => new()
    {
        { "empty file", "", 0, "The file is empty" },
        { "header only", Header + "\r\n", 0, "The file has a header but no results" },
        { "wrong header", "organisation,body,date,type,element,rating\nA,B,2024-01-01,Initial,1.1.1,Compliance\n", 1, "It has no sector, region, certification_body, assessment_date, assessment_type columns." },
        { "unclosed quote", Header + "\n\"Unclosed,Health,London,Body,2024-01-01,Initial,1.1.1,Compliance\n", 2, "A quoted field starts on this line and is never closed" },
    };

    [DbTheory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_BadFile_SaysWhatIsWrongAndWritesNothing(string why, string csv, int line, string message)
    {
        var before = await CountsAsync();

        var report = await ImportAsync(csv, createMissing: true);

        Assert.False(string.IsNullOrEmpty(why));
        AssertProblem(report, line, message);
        Assert.Equal(before, await CountsAsync());
    }

    [DbFact]
    public async Task Import_HeaderInAnotherOrderAndCase_MapsColumnsByName()
    {
        var body = await app.Data.CreateBodyAsync();
        var organisation = await app.Data.CreateOrganisationAsync();

        var report = await ImportAsync($"Rating,Element,ASSESSMENT_TYPE,assessment_date,certification_body,region,sector,organisation\nCompliance,1.1.1,Initial,2024-05-01,{body.Name},,,{organisation.Name}\n");

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        Assert.Equal(1, report.ResultsCreated);
    }

    [DbFact]
    public async Task Import_FileOverTheSizeLimit_IsRefusedUnread()
    {
        var report = await app.WithServicesAsync(sp => sp.GetRequiredService<ResultsImportService>().ImportAsync(new HugeStream(),
            new ResultsImportOptions { FileName = "huge.csv" }, Operator));

        AssertProblem(report, 0, "The file must be smaller than 50 MB");
    }

    [DbFact]
    public async Task Import_UnknownOrganisationAndBodyWithoutCreateMissing_NamesEachOnceAtItsFirstLine()
    {
        var body = await app.Data.CreateBodyAsync();
        var organisation = await app.Data.CreateOrganisationAsync();
        var ghost = Unique("Ghost council");
        var ghostBody = Unique("Ghost body");
        var before = await CountsAsync();

        var report = await ImportAsync(File(
            $"{organisation.Name},,,{body.Name},2024-03-01,Initial,1.1.1,Compliance",
            $"{ghost},Health,London,{body.Name},2024-03-01,Initial,1.1.1,Compliance",
            $"{ghost},Health,London,{body.Name},2024-03-01,Initial,1.1.2,Compliance",
            $"{organisation.Name},,,{ghostBody},2024-03-01,Initial,1.1.1,Compliance"));

        Assert.Equal(2, report.TotalProblems);
        AssertProblem(report, 3, $"There is no organisation called \"{ghost}\" on StandardBearer");
        AssertProblem(report, 5, $"There is no certification body called \"{ghostBody}\" on StandardBearer. Check the name, or add --create-missing to create it.");
        Assert.Equal(before, await CountsAsync());
    }

    [DbFact]
    public async Task Import_CreateMissing_CreatesOrganisationsWithTheirSectorAndRegionAndBodies()
    {
        var existing = await app.Data.CreateOrganisationAsync(sector: Sector.Police, region: Region.Wales);
        var council = Unique("New council");
        var trust = Unique("New trust");
        var body = Unique("New body");

        var report = await ImportAsync(File(
            $"{council},Local government,north east,{body},2024-03-01,Initial,1.1.1,Compliance",
            $"{trust},Health,SouthWest,{body},2024-03-01,Initial,1.1.1,Compliance",
            $"{existing.Name},Charity,London,{body},2024-03-01,Initial,1.1.1,Compliance"), createMissing: true);

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        Assert.Equal((2, 1, 3), (report.OrganisationsCreated, report.BodiesCreated, report.ResultsCreated));
        var created = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == council || o.Name == trust).OrderBy(o => o.Name).ToListAsync());
        Assert.Equal([(council, Sector.LocalGovernment, Region.NorthEast), (trust, Sector.Health, Region.SouthWest)], created.Select(o => (o.Name, o.Sector, o.Region)));
        Assert.True(await app.WithDbAsync(db => db.CertificationBodies.AnyAsync(b => b.Name == body)));
        // An organisation already here keeps what it had: the file's sector and region are only for creating one.
        var kept = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == existing.Id));
        Assert.Equal((Sector.Police, Region.Wales), (kept.Sector, kept.Region));
    }

    [DbFact]
    public async Task Import_SameFileTwice_ChangesNothingTheSecondTime_AndAChangedRatingUpdatesOnlyThatAssessment()
    {
        var body = await app.Data.CreateBodyAsync();
        var organisations = new[] { await app.Data.CreateOrganisationAsync(), await app.Data.CreateOrganisationAsync() };
        var elements = await ElementsAsync();
        var rows = organisations.SelectMany(o => elements.Select((e, i) => $"{o.Name},,,{body.Name},2024-03-01,Initial,{e},{(i % 4 == 0 ? "Compliance Plus" : "Compliance")}")).ToList();

        var first = await ImportAsync(File([.. rows]));
        var afterFirst = await CountsAsync();
        var second = await ImportAsync(File([.. rows]));

        Assert.Equal((2, 0, 0), (first.ResultsCreated, first.ResultsUpdated, first.ResultsUnchanged));
        Assert.Equal((0, 0, 2), (second.ResultsCreated, second.ResultsUpdated, second.ResultsUnchanged));
        Assert.Equal(afterFirst with { Imports = afterFirst.Imports + 1 }, await CountsAsync());

        // One rating changed, one element dropped and one added for the first organisation: only its result is rewritten.
        rows[1] = rows[1].Replace(",Compliance", ",Partial Compliance", StringComparison.Ordinal);
        var dropped = rows[2];
        rows.RemoveAt(2);
        var third = await ImportAsync(File([.. rows]));

        Assert.Equal((0, 1, 1), (third.ResultsCreated, third.ResultsUpdated, third.ResultsUnchanged));
        var ratings = await app.WithDbAsync(db => db.HistoricalRatings.Where(r => r.OrganisationId == organisations[0].Id && r.CertificationBodyId == body.Id)
            .ToDictionaryAsync(r => r.ElementNumber, r => r.RatingKey));
        Assert.Equal(elements.Count - 1, ratings.Count);
        Assert.Equal("PartialCompliance", ratings[elements[1]]);
        Assert.DoesNotContain(dropped.Split(',')[6], ratings.Keys);
        var results = await app.WithDbAsync(db => db.HistoricalResults.Where(h => h.CertificationBodyId == body.Id).ToDictionaryAsync(h => h.OrganisationId, h => h.ResultsImportId));
        Assert.Equal(third.ImportId, results[organisations[0].Id]);
        Assert.Equal(first.ImportId, results[organisations[1].Id]);
    }

    [DbFact]
    public async Task Import_Version_ChoosesTheVersionAndRefusesADraft()
    {
        var label = $"test-{Guid.NewGuid():N}"[..20];
        await app.WithServicesAsync(async sp =>
            (await sp.GetRequiredService<StandardService>().ImportAsync(PackReader.Write(BuiltInPacks.CseSummaries() with { Version = label }), Operator)).Version!);
        var body = await app.Data.CreateBodyAsync();
        var organisation = await app.Data.CreateOrganisationAsync();
        var csv = File($"{organisation.Name},,,{body.Name},2024-03-01,Initial,1.1.1,Compliance");

        AssertProblem(await ImportAsync(csv, version: label), 0, $"CSE {label} is a draft");
        AssertProblem(await ImportAsync(csv, version: "no-such-version"), 0, "There is no version no-such-version of CSE.");
        await app.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<StandardService>().PublishAsync("CSE", label, Operator);
            return true;
        });
        var older = await ImportAsync(csv, version: "summaries-1");
        var chosen = await ImportAsync(csv, version: label);

        Assert.Equal((1, "summaries-1"), (older.ResultsCreated, older.VersionLabel));
        Assert.Equal((1, label), (chosen.ResultsCreated, chosen.VersionLabel));
        var versions = await app.WithDbAsync(db => db.HistoricalResults.Where(h => h.OrganisationId == organisation.Id)
            .Join(db.StandardVersions, h => h.StandardVersionId, v => v.Id, (h, v) => v.Label).ToListAsync());
        Assert.Equal(["summaries-1", label], versions.Order(StringComparer.Ordinal).OrderBy(l => l == label));

        // Retired, it still takes results (they are history), and the default goes back to the built-in version.
        await app.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<StandardService>().RetireAsync("CSE", label, Operator);
            return true;
        });
        var retired = await ImportAsync(csv.Replace("1.1.1,Compliance", "1.1.1,Partial Compliance", StringComparison.Ordinal), version: label);
        Assert.Equal((0, 1), (retired.ResultsCreated, retired.ResultsUpdated));
    }

    [DbFact]
    public async Task Import_OnlyBody_RefusesRowsForAnyOtherBody()
    {
        var mine = await app.Data.CreateBodyAsync();
        var theirs = await app.Data.CreateBodyAsync();
        var organisation = await app.Data.CreateOrganisationAsync();
        var before = await CountsAsync();

        var report = await ImportAsync(File(
            $"{organisation.Name},,,{mine.Name},2024-03-01,Initial,1.1.1,Compliance",
            $"{organisation.Name},,,{theirs.Name},2024-03-01,Initial,1.1.1,Compliance"), createMissing: true, onlyBody: mine.Id);

        AssertProblem(report, 3, $"This file has results for {theirs.Name}; you can only import results for {mine.Name}.");
        Assert.Equal(before, await CountsAsync());

        var mineOnly = await ImportAsync(File($"{organisation.Name},,,{mine.Name.ToUpperInvariant()},2024-03-01,Initial,1.1.1,Compliance"), onlyBody: mine.Id);
        Assert.Equal(1, mineOnly.ResultsCreated);
        Assert.Equal(mine.Id, await app.WithDbAsync(db => db.ResultsImports.Where(i => i.Id == mineOnly.ImportId).Select(i => i.CertificationBodyId).SingleAsync()));
    }

    [DbFact]
    public async Task Import_ManyBadRows_ListsTheFirstThousandAndCountsTheRest()
    {
        var body = await app.Data.CreateBodyAsync();
        var organisation = await app.Data.CreateOrganisationAsync();
        var rows = Enumerable.Range(0, 1200).Select(i => $"{organisation.Name},,,{body.Name},2024-03-01,Initial,1.1.1,Bad{i}").ToArray();

        var report = await ImportAsync(File(rows));

        Assert.Equal(ResultsImportService.MaxProblemsListed, report.Problems.Count);
        Assert.Equal(200, report.ProblemsNotListed);
        Assert.Equal(2, report.Problems[0].Line);
    }

    [DbFact]
    public async Task Import_GeneratedFileOfFiveThousandRows_StoresEveryRating()
    {
        var body = await app.Data.CreateBodyAsync();
        var elements = await ElementsAsync();
        var ratings = new[] { "Compliance Plus", "Compliance", "Compliance", "Partial Compliance", "Non-Compliance" };
        var random = new Random(11);
        var prefix = Unique("Generated");
        var rows = new List<string>();
        for (var o = 0; o < 44; o++)
        {
            foreach (var (date, type) in new[] { ("2023-02-01", "Initial"), ("2024-02-01", "AnnualReview") })
                rows.AddRange(elements.Select(e => $"{prefix} {o},Health,London,{body.Name},{date},{type},{e},{ratings[random.Next(ratings.Length)]}"));
        }

        var report = await ImportAsync(File([.. rows]), createMissing: true);

        Assert.True(report.Succeeded, string.Join("\n", report.Problems.Take(5)));
        Assert.Equal((44 * 2 * 57, 88, 44), (report.Rows, report.ResultsCreated, report.OrganisationsCreated));
        Assert.Equal(44 * 2 * 57, await app.WithDbAsync(db => db.HistoricalRatings.CountAsync(r => r.CertificationBodyId == body.Id)));
        var again = await ImportAsync(File([.. rows]), createMissing: true);
        Assert.Equal((0, 0, 88, 0), (again.ResultsCreated, again.ResultsUpdated, again.ResultsUnchanged, again.OrganisationsCreated));
    }

    /// <summary>Says it is one byte over the limit; never read.</summary>
    private sealed class HugeStream : MemoryStream
    {
        public override long Length => ResultsImportService.MaxBytes + 1;
    }
}

public sealed class ResultsImportTestsOnSqlite(SqliteApp app) : ResultsImportTests(app), IClassFixture<SqliteApp>;

public sealed class ResultsImportTestsOnPostgres(PostgresApp app) : ResultsImportTests(app), IClassFixture<PostgresApp>;
