using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.Tests.Standards;

public class PackDiffTests
{
    private static StandardPack Pack(string label, params PackElement[] elements) => new()
    {
        Code = "CSE", Title = "Customer Service Excellence", Version = label, Wording = "official",
        Ratings = [new PackRating { Key = "Compliance", Name = "Compliance", Points = 2, CountsAsCompliant = true }],
        Outcome = new PackOutcome { MinimumCompliantShare = 0.8m },
        Criteria = [new PackCriterion { Number = "1", Title = "One", SubCriteria = [new PackSubCriterion { Number = "1.1", Title = "One one", Elements = elements }] }],
    };

    private static PackElement E(string number, string statement = "Statement") => new() { Number = number, Title = $"Title {number}", Statement = statement };

    [Fact]
    public void Compare_NoCurrentVersion_EverythingIsAdded()
    {
        var diff = PackDiff.Compare(null, Pack("v1", E("1.1.1"), E("1.1.2")));

        Assert.Equal(["1.1.1", "1.1.2"], diff.Added);
        Assert.Empty(diff.Removed);
    }

    [Fact]
    public void Compare_AddedRemovedChangedAndUnchanged_AreEachReported()
    {
        var current = Pack("v1", E("1.1.1"), E("1.1.2"), E("1.1.3"));
        var next = Pack("v2", E("1.1.1"), E("1.1.2", "A clearer statement"), E("1.1.4"));

        var diff = PackDiff.Compare(current, next);

        Assert.Equal(["1.1.4"], diff.Added);
        Assert.Equal(["1.1.3"], diff.Removed);
        Assert.Equal("1.1.2", Assert.Single(diff.Changed).Number);
        Assert.Equal(["statement"], diff.Changed[0].Fields);
        Assert.Equal(1, diff.Unchanged);
    }

    [Fact]
    public void Compare_RenumberedThroughCrosswalk_IsAChangeNotAnAddAndRemove()
    {
        var current = Pack("v1", E("1.1.1"), E("1.1.2"));
        var next = Pack("v2", E("1.1.1"), E("1.1.3")) with { Crosswalk = new Dictionary<string, string> { ["1.1.2"] = "1.1.3" } };

        var diff = PackDiff.Compare(current, next);

        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Contains("number (1.1.2 → 1.1.3)", Assert.Single(diff.Changed).Fields);
    }

    [Fact]
    public void Compare_PointsAndShareChanged_AreReported()
    {
        var current = Pack("v1", E("1.1.1"));
        var next = Pack("v2", E("1.1.1")) with
        {
            Ratings = [new PackRating { Key = "Compliance", Name = "Compliance", Points = 5, CountsAsCompliant = true }],
            Outcome = new PackOutcome { MinimumCompliantShare = 0.9m },
        };

        var diff = PackDiff.Compare(current, next);

        Assert.Contains("Compliance: 2 → 5 points", diff.RatingChanges);
        Assert.Contains(diff.RatingChanges, c => c.StartsWith("Minimum compliant share", StringComparison.Ordinal));
    }
}
