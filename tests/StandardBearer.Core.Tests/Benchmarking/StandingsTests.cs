using StandardBearer.Core.Assessments;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Tests.Benchmarking;

/// <summary>Hand-built results over a four-element version with the CSE scale (3, 2, 1, 0 points).</summary>
public class StandingsTests
{
    internal static readonly RatingScale Scale = new(
    [
        new ScaleRating("CompliancePlus", "Compliance Plus", 3, true, false, false),
        new ScaleRating("Compliance", "Compliance", 2, true, false, false),
        new ScaleRating("PartialCompliance", "Partial Compliance", 1, false, false, true),
        new ScaleRating("NonCompliance", "Non-Compliance", 0, false, true, false),
    ], 0.8m);

    internal static readonly Guid Version = Guid.NewGuid();
    internal static readonly IReadOnlyList<string> Elements = ["1.1.1", "1.1.2", "2.1.1", "2.1.2"];
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly Guid BodyA = Guid.NewGuid();
    private static readonly Guid BodyB = Guid.NewGuid();

    internal static RecordedResult R(Guid org, Guid body, string on, AssessmentType type, params (string Element, string Rating)[] ratings) =>
        new(org, body, Version, DateOnly.Parse(on), type, ratings.ToDictionary(r => r.Element, r => r.Rating));

    internal static (string, string)[] All(string rating) => Elements.Select(e => (e, rating)).ToArray();

    private static Holding? On(string date, IEnumerable<RecordedResult> results, IEnumerable<EndedCertificate>? ended = null) =>
        Standings.On(results, ended ?? [], DateOnly.Parse(date), _ => Elements.ToHashSet());

    [Fact]
    public void AnnualReview_UpdatesTheElementsItCovers_AndTheRestCarryForward()
    {
        var results = new[]
        {
            R(Org, BodyA, "2023-03-01", AssessmentType.Initial, All("Compliance")),
            R(Org, BodyA, "2024-03-01", AssessmentType.AnnualReview, ("1.1.1", "CompliancePlus"), ("2.1.1", "PartialCompliance")),
            R(Org, BodyA, "2025-03-01", AssessmentType.AnnualReview, ("2.1.1", "Compliance")),
        };

        var mid = On("2024-12-31", results)!;
        Assert.Equal("CompliancePlus", mid.Ratings["1.1.1"]);
        Assert.Equal("Compliance", mid.Ratings["1.1.2"]);
        Assert.Equal("PartialCompliance", mid.Ratings["2.1.1"]);
        Assert.Equal(4, mid.Ratings.Count);

        var later = On("2025-12-31", results)!;
        Assert.Equal("CompliancePlus", later.Ratings["1.1.1"]);
        Assert.Equal("Compliance", later.Ratings["2.1.1"]);

        var before = On("2024-02-28", results)!;
        Assert.Equal("Compliance", before.Ratings["1.1.1"]);
    }

    [Fact]
    public void Reassessment_ReplacesEveryElement()
    {
        var results = new[]
        {
            R(Org, BodyA, "2022-03-01", AssessmentType.Initial, All("CompliancePlus")),
            R(Org, BodyA, "2025-02-01", AssessmentType.Reassessment, All("Compliance")),
        };

        Assert.All(On("2025-06-30", results)!.Ratings.Values, r => Assert.Equal("Compliance", r));
    }

    [Fact]
    public void NoResultsYet_NoStanding()
    {
        Assert.Null(On("2022-12-31", [R(Org, BodyA, "2023-03-01", AssessmentType.Initial, All("Compliance"))]));
    }

    [Fact]
    public void LapsesWhenTheLastFullAssessmentIsMoreThanACertificatesLifeBehind()
    {
        var results = new[]
        {
            R(Org, BodyA, "2020-03-01", AssessmentType.Initial, All("Compliance")),
            R(Org, BodyA, "2021-03-01", AssessmentType.AnnualReview, ("1.1.1", "Compliance")),
        };

        Assert.NotNull(On("2023-05-31", results)); // within the grace after expiry
        Assert.Null(On("2023-12-31", results));
    }

    [Fact]
    public void EndedCertificate_RemovesTheStanding_UntilTheNextFullAssessment()
    {
        var results = new List<RecordedResult> { R(Org, BodyA, "2023-03-01", AssessmentType.Initial, All("Compliance")) };
        var ended = new[] { new EndedCertificate(Org, BodyA, DateOnly.Parse("2024-06-01")) };

        Assert.NotNull(On("2024-05-31", results, ended));
        Assert.Null(On("2024-06-01", results, ended));

        results.Add(R(Org, BodyA, "2025-01-15", AssessmentType.Initial, All("CompliancePlus")));
        Assert.Equal("CompliancePlus", On("2025-02-01", results, ended)!.Ratings["1.1.1"]);
    }

    [Fact]
    public void MovingToAnotherBody_TheStandingBelongsToTheNewBody_AndTheOldBodysRatingsDoNotCarry()
    {
        var results = new[]
        {
            R(Org, BodyA, "2022-03-01", AssessmentType.Initial, All("CompliancePlus")),
            R(Org, BodyB, "2025-03-01", AssessmentType.Initial, ("1.1.1", "Compliance"), ("1.1.2", "Compliance")),
        };

        var holding = On("2025-06-30", results)!;
        Assert.Equal(BodyB, holding.CertificationBodyId);
        Assert.Equal(2, holding.Ratings.Count);
        Assert.Equal(BodyA, On("2024-12-31", results)!.CertificationBodyId);
    }

    [Fact]
    public void ElementsNotInTheVersion_AreIgnored()
    {
        var holding = On("2025-06-30", [R(Org, BodyA, "2025-03-01", AssessmentType.Initial, ("1.1.1", "Compliance"), ("9.9.9", "CompliancePlus"))])!;
        Assert.Equal(["1.1.1"], holding.Ratings.Keys);
    }

    [Fact]
    public void Score_CountsByKind_AndUsesTheSchemesPointsWhereItHasThem()
    {
        var ratings = new Dictionary<string, string>
        {
            ["1.1.1"] = "CompliancePlus", ["1.1.2"] = "compliance", ["2.1.1"] = "PartialCompliance", ["2.1.2"] = "NonCompliance",
        };

        Assert.Equal(new Score(6, 1, 1, 1, 1), Standings.Score(ratings, Scale));
        Assert.Equal(new Score(10 + 2 + 1 - 5, 1, 1, 1, 1), Standings.Score(ratings, Scale, new Dictionary<string, int> { ["CompliancePlus"] = 10, ["NonCompliance"] = -5 }));
    }

    [Theory]
    [InlineData(null, "2026-11-22")]
    [InlineData(2026, "2026-11-22")]
    [InlineData(2024, "2024-12-31")]
    public void AsOf_AYearIsItsLastDay_ThisYearIsToday(int? year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), Standings.AsOf(year, new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void AsOf_AFutureYear_IsNull() => Assert.Null(Standings.AsOf(2027, new DateOnly(2026, 11, 22)));
}

/// <summary>Tables, trends, heat maps and the views each kind of user gets, over hand-built data.</summary>
public class BenchmarksTests
{
    private static readonly Guid Body = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static (BenchmarkData Data, List<OrganisationInfo> Orgs) Build(int count, Func<int, bool>? published = null, Func<int, Sector>? sector = null,
        IReadOnlyCollection<SchemeInfo>? schemes = null)
    {
        var orgs = Enumerable.Range(0, count)
            .Select(i => new OrganisationInfo(Guid.NewGuid(), $"Org {i:00}", sector?.Invoke(i) ?? Sector.LocalGovernment, Region.London, SizeBand.From250To999, published?.Invoke(i) ?? false))
            .ToList();
        // Org i: i elements at Compliance Plus (of 4, capped), org 0 and 1 with a partial on the last element.
        var results = orgs.Select((o, i) => StandingsTests.R(o.Id, Body, "2026-03-01", AssessmentType.Initial,
            StandingsTests.Elements.Select((e, n) => (e, n < Math.Min(i, 3) ? "CompliancePlus" : i < 2 && n == 3 ? "PartialCompliance" : "Compliance")).ToArray())).ToList();
        var version = new VersionInfo(StandingsTests.Version, Guid.NewGuid(), "2026", StandingsTests.Scale,
            StandingsTests.Elements.Select(e => new ElementInfo(e, $"Element {e}")).ToList());
        var data = new BenchmarkData(orgs, new Dictionary<Guid, string> { [Body] = "Body", [Other] = "Other" }, [version], results, [], schemes ?? []);
        return (data, orgs);
    }

    [Fact]
    public void Table_RanksTheBodysHolders_WithJointRanks()
    {
        var (data, orgs) = Build(6);
        var table = Benchmarks.Table(data, Body, Today, PeerGroup.All);

        // Orgs 3, 4 and 5 all have three Compliance Plus and no partial: joint first.
        Assert.Equal([1, 1, 1, 4, 5, 6], table.Entries.Select(e => e.Row.Rank));
        Assert.Equal(orgs[0].Id, table.Entries[^1].Organisation.Id);
        Assert.Equal(11, table.Entries[0].Score.Points);
        Assert.Empty(Benchmarks.Table(data, Other, Today, PeerGroup.All).Entries);
    }

    [Fact]
    public void Table_UsesTheBodysSchemeInForceOnTheDate_AndSaysSo()
    {
        var scheme = new SchemeInfo(Body, "Ours", new DateOnly(2026, 6, 1), new Dictionary<string, int> { ["CompliancePlus"] = 5 });
        var (data, _) = Build(6, schemes: [scheme]);

        var before = Benchmarks.Table(data, Body, new DateOnly(2026, 5, 31), PeerGroup.All);
        var after = Benchmarks.Table(data, Body, Today, PeerGroup.All);
        var national = Benchmarks.Table(data, null, Today, PeerGroup.All);

        Assert.Equal(11, before.Entries[0].Score.Points);
        Assert.Equal(17, after.Entries[0].Score.Points);
        Assert.Equal(11, national.Entries[0].Score.Points);
        Assert.StartsWith("Points are the standard's defaults", before.PointsDescription);
        Assert.Contains("“Ours”, in force from 1 June 2026 (Compliance Plus 5, Compliance 2", after.PointsDescription);
    }

    [Fact]
    public void Table_PeerGroupFilters()
    {
        var (data, _) = Build(6, sector: i => i % 2 == 0 ? Sector.Police : Sector.Housing);
        Assert.Equal(3, Benchmarks.Table(data, Body, Today, new PeerGroup(Sector.Police)).Entries.Count);
        Assert.Equal("Police", new PeerGroup(Sector.Police).Describe());
    }

    [Fact]
    public void Public_ShowsOnlyConsentingHolders_RankedAmongThemselves()
    {
        var (data, orgs) = Build(8, published: i => i != 5 && i != 4);
        var view = BenchmarkViews.ForPublic(Benchmarks.Table(data, null, Today, PeerGroup.All));

        Assert.False(view.Suppressed);
        Assert.Equal(6, view.Table.Entries.Count);
        Assert.DoesNotContain(view.Table.Entries, e => e.Organisation.Id == orgs[5].Id || e.Organisation.Id == orgs[4].Id);
        Assert.Equal(1, view.Table.Entries[0].Row.Rank);
        Assert.Equal([1, 1, 1, 4, 5, 6], view.Table.Entries.Select(e => e.Row.Rank));
    }

    [Fact]
    public void Public_FewerThanFiveConsenting_ShowsNone()
    {
        var (data, _) = Build(8, published: i => i < 4);
        var view = BenchmarkViews.ForPublic(Benchmarks.Table(data, null, Today, PeerGroup.All));

        Assert.True(view.Suppressed);
        Assert.Empty(view.Table.Entries);
    }

    [Fact]
    public void Organisation_SeesItsPositionAndADistribution_ButNoOtherEntries()
    {
        var (data, orgs) = Build(6);
        var view = BenchmarkViews.ForOrganisation(Benchmarks.Table(data, Body, Today, PeerGroup.All), orgs[0].Id);

        Assert.Empty(view.Table.Entries);
        Assert.Equal(6, view.Position!.Rank);
        Assert.Equal("6th of 6 organisations; 1 of the 5 ahead has one or more partial compliances; 4 organisations have no partial compliances.", view.Position.Sentence);
        Assert.Equal(6, view.Distribution!.Total);
        Assert.Equal(6, view.Distribution.Bins.Sum(b => b.Count));
        Assert.Single(view.Distribution.Bins, b => b.Yours);
    }

    [Fact]
    public void Organisation_InAGroupOfFewerThanFive_SeesNoFigures()
    {
        var (data, orgs) = Build(4);
        var view = BenchmarkViews.ForOrganisation(Benchmarks.Table(data, Body, Today, PeerGroup.All), orgs[0].Id);

        Assert.True(view.Suppressed);
        Assert.True(view.InTable);
        Assert.Null(view.Position);
        Assert.Null(view.Distribution);
    }

    [Fact]
    public void Organisation_NotInTheTable()
    {
        var (data, _) = Build(6);
        var view = BenchmarkViews.ForOrganisation(Benchmarks.Table(data, Body, Today, PeerGroup.All), Guid.NewGuid());
        Assert.False(view.InTable);
        Assert.Null(view.Position);
    }

    [Fact]
    public void Trend_OneRowAYear_FromTheFirstResult()
    {
        var (data, orgs) = Build(6);
        var trend = Benchmarks.Trend(data, orgs[5].Id, Today);

        var only = Assert.Single(trend);
        Assert.Equal(2026, only.Year);
        Assert.Equal(1, only.Rank);
        Assert.True(only.Tied);
        Assert.Equal(6, only.Total);
        Assert.Empty(Benchmarks.Trend(data, Guid.NewGuid(), Today));
    }

    [Fact]
    public void HeatMap_SharesPerElement_AndTheElementsMostOftenPartial()
    {
        var (data, _) = Build(6);
        var map = Benchmarks.HeatMap(data, Benchmarks.Table(data, Body, Today, PeerGroup.All));

        Assert.Equal(6, map.Holders);
        var last = map.Rows.Single(r => r.ElementNumber == "2.1.2");
        Assert.Equal(2, last.PartialOrWorse);
        Assert.Equal(0.3333m, last.PartialOrWorseShare);
        Assert.Equal(4, last.Cells.Single(c => c.RatingKey == "Compliance").Count);
        Assert.Equal(["2.1.2"], map.MostOftenPartial().Select(r => r.ElementNumber));
        Assert.Equal(5, map.Rows.Single(r => r.ElementNumber == "1.1.1").Cells.Single(c => c.RatingKey == "CompliancePlus").Count);
    }
}
