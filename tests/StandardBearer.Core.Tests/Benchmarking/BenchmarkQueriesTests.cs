using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Tests.Assessments;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Benchmarking;

/// <summary>Benchmarks read from the database: decided assessments made here, with annual reviews, and the body's schemes.</summary>
public abstract class BenchmarkQueriesTests(AppFixture app) : AssessmentTestBase(app)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<TableEntry> EntryAsync(TestAssessment a)
    {
        var data = await App.WithDbAsync(db => BenchmarkQueries.LoadAsync(db));
        return Assert.Single(Benchmarks.Table(data, a.Body.Id, Today, PeerGroup.All).Entries);
    }

    [DbFact]
    public async Task DecidedAssessment_CountsWithItsFinalRatings_AndAnAnnualReviewUpdatesOnlyWhatItCovered()
    {
        var holder = await App.Data.CreateHolderAsync(compliancePlus: ["1.1.1", "1.1.2"]);
        var a = holder.Assessment;

        var first = await EntryAsync(a);
        Assert.Equal(new Score(2 * 3 + 55 * 2, 2, 55, 0, 0), first.Score);

        var review = await App.Data.CreateAnnualReviewAsync(a, ["1.1.1", "2.1.1"]);
        Assert.Equal(first.Score, (await EntryAsync(a)).Score); // not counted until decided
        await App.Data.AdvanceAssessmentAsync(review, AssessmentStage.Decided, partial: ["1.1.1"]);

        var after = await EntryAsync(a);
        Assert.Equal("PartialCompliance", after.Holding.Ratings["1.1.1"]);
        Assert.Equal("CompliancePlus", after.Holding.Ratings["1.1.2"]); // carried forward
        Assert.Equal(new Score(3 + 1 + 55 * 2, 1, 55, 1, 0), after.Score);
    }

    [DbFact]
    public async Task BodysScheme_ChangesThePoints_FromItsDate_AndTheTableSaysWhich()
    {
        var holder = await App.Data.CreateHolderAsync(compliancePlus: ["1.1.1"]);
        var a = holder.Assessment;
        await App.WithServicesAsync(sp => sp.GetRequiredService<PointsSchemeService>().AddAsync(a.Body.Id, new SavePointsSchemeRequest
        {
            Name = "Our 2026 scheme",
            EffectiveFrom = Today,
            Points = new Dictionary<string, int?> { ["CompliancePlus"] = 10, ["Compliance"] = 1, ["PartialCompliance"] = 0, ["NonCompliance"] = -10 },
        }, As(a.Body.Admin)));

        var data = await App.WithDbAsync(db => BenchmarkQueries.LoadAsync(db));
        var today = Benchmarks.Table(data, a.Body.Id, Today, PeerGroup.All);
        var national = Benchmarks.Table(data, null, Today, PeerGroup.All);

        Assert.Equal(10 + 56, Assert.Single(today.Entries).Score.Points);
        Assert.Contains($"“Our 2026 scheme”, in force from {Dates.Day(Today)}", today.PointsDescription);
        Assert.Equal(3 + 56 * 2, national.Entries.Single(e => e.Organisation.Id == a.Organisation.Id).Score.Points);
    }

    [DbFact]
    public async Task PointsScheme_MissingOrOutOfRangePoints_AreRefusedByRating()
    {
        var body = await App.Data.CreateBodyWithUsersAsync();
        var e = await Assert.ThrowsAsync<DomainValidationException>(() => App.WithServicesAsync(sp => sp.GetRequiredService<PointsSchemeService>().AddAsync(body.Id,
            new SavePointsSchemeRequest { Name = "Bad", EffectiveFrom = Today, Points = new Dictionary<string, int?> { ["CompliancePlus"] = 500, ["Compliance"] = 2 } },
            As(body.Admin))));

        Assert.Contains("from -100 to 100", e.Errors["Points[CompliancePlus]"][0]);
        Assert.Equal("Enter the points for Partial Compliance", e.Errors["Points[PartialCompliance]"][0]);
        await Assert.ThrowsAsync<ForbiddenException>(() => App.WithServicesAsync(sp => sp.GetRequiredService<PointsSchemeService>().AddAsync(body.Id,
            new SavePointsSchemeRequest { Name = "Bad", EffectiveFrom = Today }, As(body.Member))));
    }
}

public sealed class BenchmarkQueriesTestsOnSqlite(SqliteApp app) : BenchmarkQueriesTests(app), IClassFixture<SqliteApp>;

public sealed class BenchmarkQueriesTestsOnPostgres(PostgresApp app) : BenchmarkQueriesTests(app), IClassFixture<PostgresApp>;
