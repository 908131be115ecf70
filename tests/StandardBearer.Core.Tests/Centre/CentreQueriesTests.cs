using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Organisations;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Centre;

/// <summary>
/// The dashboard's figures for a fixture read from the database: three holders at known ratings, one of them
/// suspended, and one published case. The class's database holds nothing else, so the counts are exact.
/// </summary>
public abstract class CentreQueriesTests(AppFixture app)
{
    [DbFact]
    public async Task Dashboard_ForThreeHoldersAtKnownRatings_HasTheExactCounts()
    {
        var police = await app.Data.CreateHolderAsync(sector: Sector.Police, compliancePlus: ["1.1.1", "1.1.2"]);
        var housing = await app.Data.CreateHolderAsync(sector: Sector.Housing, compliancePlus: ["1.1.1"], body: police.Body);
        var (council, certificateId, _) = await app.Data.CreateCertificateAsync(partial: ["2.1.1"]);
        await app.Data.ChangeCertificateStatusAsync(council, certificateId, CertificateStatus.Suspended);
        await app.WithDbAsync(db => db.BestPracticeCases.Where(c => c.OrganisationId == police.Organisation.Id && c.ElementNumber == "1.1.1")
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, CaseStatus.Published)));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var f = await app.WithDbAsync(db => CentreQueries.DashboardAsync(db, today));

        Assert.Equal(3, f.Holders);
        Assert.Equal([("Active", 2), ("Suspended", 1), ("Withdrawn", 0), ("Expired", 0), ("Cancelled", 0)], f.ByStatus.Select(r => (r.Key, r.Count)));
        Assert.Equal([("LocalGovernment", 1), ("Housing", 1), ("Police", 1)], f.BySector.Where(r => r.Count > 0).Select(r => (r.Key, r.Count)));
        Assert.Equal([(police.Body.Name, 2), (council.Body.Name, 1)], f.ByBody.Select(r => (r.Label, r.Count)));

        Assert.Equal(3, f.RatedHolders);
        Assert.Equal(57, f.Elements.Count);
        int[] Counts(string number) => f.Elements.Single(e => e.Number == number).Cells.Select(c => c.Count).ToArray();
        Assert.Equal([2, 1, 0, 0], Counts("1.1.1"));
        Assert.Equal([1, 2, 0, 0], Counts("1.1.2"));
        Assert.Equal([0, 2, 1, 0], Counts("2.1.1"));
        Assert.Equal([0, 3, 0, 0], Counts("5.3.3"));
        Assert.Equal(["1.1.1", "1.1.2"], f.MostOftenCompliancePlus.Select(e => e.Number));
        Assert.Equal(["2.1.1"], f.MostOftenPartial.Select(e => e.Number));
        Assert.Equal(("2.1.1", 1.67m), (f.Hardest[0].Number, f.Hardest[0].AveragePoints));
        Assert.Equal(5, f.Hardest.Count);
        Assert.Equal(1, f.Elements.Single(e => e.Number == "1.1.1").PublishedCases);
        Assert.Equal([("1.1.1", 1)], f.PublishedCases.Select(c => (c.Number, c.Count)));

        var thisYear = f.Trend[^1];
        Assert.Equal((today.Year, 3, 171), (thisYear.Year, thisYear.Holders, thisYear.Ratings));
        Assert.Equal([3, 167, 1, 0], thisYear.Kinds.Select(k => k.Count));
        Assert.All(f.Trend.SkipLast(1), y => Assert.Equal(0, y.Holders));
    }
}

public sealed class CentreQueriesTestsOnSqlite(SqliteApp app) : CentreQueriesTests(app), IClassFixture<SqliteApp>;

public sealed class CentreQueriesTestsOnPostgres(PostgresApp app) : CentreQueriesTests(app), IClassFixture<PostgresApp>;
