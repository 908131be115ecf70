using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.Tests.Standards.Packs;

public class BuiltInPacksTests
{
    [Fact]
    public void CseSummaries_Embedded_ReadsWithoutProblems()
    {
        var result = PackReader.Read(BuiltInPacks.CseSummariesJson());

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Fact]
    public void CseSummaries_Header_IsOurSummariesOfCse()
    {
        var pack = BuiltInPacks.CseSummaries();

        Assert.Equal(
            (BuiltInPacks.CseCode, "Customer Service Excellence", "Cabinet Office", BuiltInPacks.CseSummariesVersion, "summaries"),
            (pack.Code, pack.Title, pack.Owner, pack.Version, pack.Wording));
        Assert.Equal(("CSE", "summaries-1"), (BuiltInPacks.CseCode, BuiltInPacks.CseSummariesVersion));
        Assert.Empty(pack.Crosswalk);
    }

    [Fact]
    public void CseSummaries_Ratings_AreTheFourCseRatings()
    {
        var pack = BuiltInPacks.CseSummaries();

        Assert.Equal(
            [
                new() { Key = "CompliancePlus", Name = "Compliance Plus", Points = 3, CountsAsCompliant = true },
                new() { Key = "Compliance", Name = "Compliance", Points = 2, CountsAsCompliant = true },
                new() { Key = "PartialCompliance", Name = "Partial Compliance", Points = 1, CountsAsCompliant = false },
                new PackRating { Key = "NonCompliance", Name = "Non-Compliance", Points = 0, CountsAsCompliant = false },
            ],
            pack.Ratings);
    }

    [Fact]
    public void CseSummaries_Outcome_NeedsEightyPercentAndBlocksNonCompliance()
    {
        var outcome = BuiltInPacks.CseSummaries().Outcome;

        Assert.Equal(0.8m, outcome.MinimumCompliantShare);
        Assert.Equal(["NonCompliance"], outcome.BlockingRatings);
        Assert.Equal(["PartialCompliance"], outcome.ActionPlanRatings);
    }

    [Fact]
    public void CseSummaries_Structure_HasFiveCriteriaFifteenSubCriteriaAndFiftySevenElements()
    {
        var pack = BuiltInPacks.CseSummaries();
        var subCriteria = pack.Criteria.SelectMany(c => c.SubCriteria).ToList();
        var elements = subCriteria.SelectMany(s => s.Elements).ToList();

        Assert.Equal(["1", "2", "3", "4", "5"], pack.Criteria.Select(c => c.Number));
        Assert.Equal(
            ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3"],
            subCriteria.Select(s => s.Number));
        Assert.Equal(57, elements.Count);
        Assert.Equal("1.1.1", elements[0].Number);
        Assert.Equal("5.3.3", elements[^1].Number);
        Assert.Equal(57, elements.Select(e => e.Number).Distinct().Count());
    }

    [Fact]
    public void CseSummaries_Elements_AreNumberedInOrderWithinTheirSubCriterion()
    {
        var pack = BuiltInPacks.CseSummaries();

        foreach (var subCriterion in pack.Criteria.SelectMany(c => c.SubCriteria))
        {
            Assert.Equal(
                Enumerable.Range(1, subCriterion.Elements.Count).Select(n => $"{subCriterion.Number}.{n}"),
                subCriterion.Elements.Select(e => e.Number));
        }
    }

    [Fact]
    public void CseSummaries_Elements_HaveOurTitleAndStatementButNoOfficialGuidance()
    {
        var elements = BuiltInPacks.CseSummaries().Criteria.SelectMany(c => c.SubCriteria).SelectMany(s => s.Elements);

        Assert.All(elements, e =>
        {
            Assert.NotEmpty(e.Title);
            Assert.NotEmpty(e.Statement);
            Assert.Equal((null, null, null), (e.Guidance, e.ShowMe, e.TellMe));
        });
    }

    [Fact]
    public void CseSummaries_FirstElement_HasItsSummary()
    {
        var criterion = BuiltInPacks.CseSummaries().Criteria[0];
        var subCriterion = criterion.SubCriteria[0];

        Assert.Equal(("Customer Insight", "Customer Identification"), (criterion.Title, subCriterion.Title));
        Assert.Equal(
            new PackElement
            {
                Number = "1.1.1",
                Title = "Customer groups profiled",
                Statement = "Know the characteristics of current and potential customer groups, from recent and reliable information.",
            },
            subCriterion.Elements[0]);
    }

    [Fact]
    public void CseSummariesJson_ReadThenWritten_IsByteIdentical()
    {
        var json = BuiltInPacks.CseSummariesJson();

        var rewritten = PackReader.Write(PackReader.Read(json).Pack!);

        Assert.Equal(json, rewritten);
    }

    [Fact]
    public void CseSummaries_CalledTwice_ReturnsTheCachedPack()
    {
        var first = BuiltInPacks.CseSummaries();

        var second = BuiltInPacks.CseSummaries();

        Assert.Same(first, second);
    }
}
