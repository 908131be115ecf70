using StandardBearer.Core.Assessments;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Tests.Benchmarking;

namespace StandardBearer.Core.Tests.Centre;

/// <summary>
/// The dashboard's figures from a hand-built fixture of known numbers, over StandingsTests' four-element version
/// (Compliance Plus 3, Compliance 2, Partial 1, Non-Compliance 0 points). On 30 June 2026:
/// O1 (body A) CP, C, PC, C; O2 (body A) all C, then a review rated 1.1.1 CP; O3 (body B) CP, PC, PC, NC;
/// O4 (body B) was assessed in 2021 and has lapsed.
/// </summary>
public class CentreDashboardTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static readonly Guid BodyA = Guid.NewGuid(), BodyB = Guid.NewGuid();
    private static readonly Guid O1 = Guid.NewGuid(), O2 = Guid.NewGuid(), O3 = Guid.NewGuid(), O4 = Guid.NewGuid(), O5 = Guid.NewGuid();

    private static BenchmarkData Data()
    {
        var organisations = new[]
        {
            new OrganisationInfo(O1, "One", Sector.LocalGovernment, Region.London, SizeBand.Under50, false),
            new OrganisationInfo(O2, "Two", Sector.Police, Region.London, SizeBand.Under50, false),
            new OrganisationInfo(O3, "Three", Sector.Police, Region.Wales, SizeBand.Under50, false),
            new OrganisationInfo(O4, "Four", Sector.Housing, Region.Wales, SizeBand.Under50, false),
            new OrganisationInfo(O5, "Five", Sector.Police, Region.Wales, SizeBand.Under50, false),
        };
        var version = new VersionInfo(StandingsTests.Version, Guid.NewGuid(), "2026", StandingsTests.Scale,
            StandingsTests.Elements.Select(n => new ElementInfo(n, $"Title {n}")).ToList());
        var results = new[]
        {
            StandingsTests.R(O1, BodyA, "2025-03-01", AssessmentType.Initial, ("1.1.1", "CompliancePlus"), ("1.1.2", "Compliance"), ("2.1.1", "PartialCompliance"), ("2.1.2", "Compliance")),
            StandingsTests.R(O2, BodyA, "2024-05-01", AssessmentType.Initial, StandingsTests.All("Compliance")),
            StandingsTests.R(O2, BodyA, "2025-05-01", AssessmentType.AnnualReview, ("1.1.1", "CompliancePlus")),
            StandingsTests.R(O3, BodyB, "2026-02-01", AssessmentType.Initial, ("1.1.1", "CompliancePlus"), ("1.1.2", "PartialCompliance"), ("2.1.1", "PartialCompliance"), ("2.1.2", "NonCompliance")),
            StandingsTests.R(O4, BodyB, "2021-01-10", AssessmentType.Initial, StandingsTests.All("Compliance")),
        };
        return new BenchmarkData(organisations, new Dictionary<Guid, string> { [BodyA] = "Alpha Certification", [BodyB] = "Beta Assessors" },
            [version], results, [], []);
    }

    private static readonly CertificateFact[] Certificates =
    [
        new(O1, Sector.LocalGovernment, BodyA, CertificateStatus.Active),
        new(O2, Sector.Police, BodyA, CertificateStatus.Suspended),
        new(O3, Sector.Police, BodyB, CertificateStatus.Active),
        new(O4, Sector.Housing, BodyB, CertificateStatus.Expired),
        new(O5, Sector.Police, BodyA, CertificateStatus.Withdrawn),
    ];

    private static CentreDashboardFigures Build() =>
        CentreDashboard.Build(Data(), Certificates, new Dictionary<string, int> { ["1.1.1"] = 2, ["2.1.2"] = 1 }, Today);

    private static int CountOf(IEnumerable<CountRow> rows, string key) => rows.Single(r => r.Key == key).Count;

    [Fact]
    public void Holders_AreCertificatesInForce_ByStatusSectorAndBody()
    {
        var f = Build();

        Assert.Equal(3, f.Holders);
        Assert.Equal([("Active", 2), ("Suspended", 1), ("Withdrawn", 1), ("Expired", 1), ("Cancelled", 0)], f.ByStatus.Select(r => (r.Label, r.Count)));
        Assert.Equal(1, CountOf(f.BySector, "LocalGovernment"));
        Assert.Equal(2, CountOf(f.BySector, "Police"));
        Assert.Equal(0, CountOf(f.BySector, "Housing"));
        Assert.Equal(3, f.BySector.Sum(r => r.Count));
        Assert.Equal([("Alpha Certification", 2), ("Beta Assessors", 1)], f.ByBody.Select(r => (r.Label, r.Count)));
    }

    [Fact]
    public void Elements_CountHoldersAtEachRating_WithAveragePointsAndPublishedCases()
    {
        var f = Build();

        Assert.Equal(3, f.RatedHolders);
        Assert.Equal("2026", f.VersionLabel);
        var counts = f.Elements.ToDictionary(e => e.Number, e => e.Cells.Select(c => c.Count).ToArray());
        Assert.Equal([3, 0, 0, 0], counts["1.1.1"]);
        Assert.Equal([0, 2, 1, 0], counts["1.1.2"]);
        Assert.Equal([0, 1, 2, 0], counts["2.1.1"]);
        Assert.Equal([0, 2, 0, 1], counts["2.1.2"]);
        Assert.Equal([3.00m, 1.67m, 1.33m, 1.33m], f.Elements.Select(e => e.AveragePoints));
        Assert.Equal([2, 0, 0, 1], f.Elements.Select(e => e.PublishedCases));
        Assert.Equal([3, 3, 3, 3], f.Elements.Select(e => e.Rated));
    }

    [Fact]
    public void TopLists_HardestMostOftenPartialAndMostOftenCompliancePlus()
    {
        var f = Build();

        // Equal average points: more Partial or worse first.
        Assert.Equal(["2.1.1", "2.1.2", "1.1.2", "1.1.1"], f.Hardest.Select(e => e.Number));
        Assert.Equal(["2.1.1", "1.1.2", "2.1.2"], f.MostOftenPartial.Select(e => e.Number));
        Assert.Equal([2, 1, 1], f.MostOftenPartial.Select(e => e.PartialOrWorse));
        var plus = Assert.Single(f.MostOftenCompliancePlus);
        Assert.Equal(("1.1.1", 3, 1m), (plus.Number, plus.CompliancePlus, plus.CompliancePlusShare));
        Assert.Equal([("1.1.1", "Title 1.1.1", 2), ("2.1.2", "Title 2.1.2", 1)], f.PublishedCases.Select(c => (c.Number, c.Title, c.Count)));
    }

    [Fact]
    public void Trend_HoldersAndRatingSharesForEachOfTheLastFiveYears()
    {
        var trend = Build().Trend;

        Assert.Equal([2022, 2023, 2024, 2025, 2026], trend.Select(y => y.Year));
        Assert.Equal(new DateOnly(2022, 12, 31), trend[0].AsOf);
        Assert.Equal(Today, trend[^1].AsOf);
        // O4 holds until its 2021 cycle lapses in 2024; O2 from 2024; O1 from 2025; O3 from 2026.
        Assert.Equal([1, 1, 1, 2, 3], trend.Select(y => y.Holders));
        Assert.Equal([4, 4, 4, 8, 12], trend.Select(y => y.Ratings));
        Assert.Equal([2, 5, 1, 0], trend[3].Kinds.Select(k => k.Count));
        Assert.Equal([3, 5, 3, 1], trend[4].Kinds.Select(k => k.Count));
        Assert.Equal([0.25m, 0.4167m, 0.25m, 0.0833m], trend[4].Kinds.Select(k => k.Share));
        Assert.Equal(["Compliance Plus", "Compliance", "Partial Compliance", "Non-Compliance"], trend[4].Kinds.Select(k => k.Name));
    }

    [Fact]
    public void NoResults_GiveEmptyFigures_NotErrors()
    {
        var empty = new BenchmarkData([], new Dictionary<Guid, string>(), [], [], [], []);

        var f = CentreDashboard.Build(empty, [], new Dictionary<string, int>(), Today);

        Assert.Equal(0, f.Holders);
        Assert.Equal(0, f.RatedHolders);
        Assert.Empty(f.Elements);
        Assert.Empty(f.Hardest);
        Assert.Equal(5, f.Trend.Count);
        Assert.All(f.Trend, y => Assert.All(y.Kinds, k => Assert.Equal(0m, k.Share)));
    }

    [Theory]
    [InlineData("status", "Certificate status,Holders")]
    [InlineData("elements", "Element,Title,Compliance Plus,Compliance,Partial Compliance,Non-Compliance,Holders rated,Average points,Published cases")]
    [InlineData("trend", "Year,As of,Holders,Element ratings,Compliance Plus (share),Compliance (share),Partial Compliance (share),Non-Compliance (share)")]
    public void Csv_HasTheTablesColumns(string table, string header)
    {
        var csv = CentreDashboardExport.ToCsv(Build(), table)!;

        Assert.Equal(header, csv.Split("\r\n")[0]);
        Assert.Null(CentreDashboardExport.ToCsv(Build(), "nonsense"));
        Assert.Contains("2.1.1,Title 2.1.1,0,1,2,0,3,1.33,0", CentreDashboardExport.ToCsv(Build(), "elements")!);
    }
}
