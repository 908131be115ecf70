using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.Tests.Standards.Packs;

/// <summary>A small valid pack to break one thing at a time, and a content comparison for packs.</summary>
internal static partial class PackSamples
{
    /// <summary>Two criteria of two sub-criteria of two elements, 1.1.1 to 2.2.2, with the CSE ratings.</summary>
    public static StandardPack Small() => new()
    {
        Code = "TEST",
        Title = "Test Standard",
        Version = "1",
        Wording = "summaries",
        Ratings =
        [
            new() { Key = "CompliancePlus", Name = "Compliance Plus", Points = 3, CountsAsCompliant = true },
            new() { Key = "Compliance", Name = "Compliance", Points = 2, CountsAsCompliant = true },
            new() { Key = "PartialCompliance", Name = "Partial Compliance", Points = 1, CountsAsCompliant = false },
            new() { Key = "NonCompliance", Name = "Non-Compliance", Points = 0, CountsAsCompliant = false },
        ],
        Outcome = new() { MinimumCompliantShare = 0.8m, BlockingRatings = ["NonCompliance"], ActionPlanRatings = ["PartialCompliance"] },
        Criteria =
        [
            .. Enumerable.Range(1, 2).Select(c => new PackCriterion
            {
                Number = $"{c}",
                Title = $"Criterion {c}",
                SubCriteria =
                [
                    .. Enumerable.Range(1, 2).Select(s => new PackSubCriterion
                    {
                        Number = $"{c}.{s}",
                        Title = $"Sub-criterion {c}.{s}",
                        Elements =
                        [
                            .. Enumerable.Range(1, 2).Select(e => new PackElement
                            {
                                Number = $"{c}.{s}.{e}",
                                Title = $"Element {c}.{s}.{e}",
                                Statement = $"Statement {c}.{s}.{e}.",
                            }),
                        ],
                    }),
                ],
            }),
        ],
    };

    public static string SmallJson() => PackReader.Write(Small());

    /// <summary>
    /// The small pack's JSON with the value at <paramref name="path"/> (such as <c>criteria[0].subCriteria[1].number</c>)
    /// replaced by <paramref name="json"/>, or removed when it is null.
    /// </summary>
    public static string SmallJsonWith(string path, string? json) => SmallJsonWith((path, json));

    public static string SmallJsonWith(params (string Path, string? Json)[] changes)
    {
        var root = JsonNode.Parse(SmallJson())!;
        foreach (var (path, json) in changes)
            Change(root, path, json);
        return root.ToJsonString();
    }

    private static void Change(JsonNode root, string path, string? json)
    {
        var steps = Step().Matches(path)
            .Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value))
            .ToList();
        var parent = root;
        foreach (var step in steps[..^1])
            parent = step is string name ? parent[name]! : parent[(int)step]!;
        switch (steps[^1])
        {
            case string name when json is null:
                parent.AsObject().Remove(name);
                break;
            case string name:
                parent[name] = JsonNode.Parse(json);
                break;
            case int index when json is null:
                parent.AsArray().RemoveAt(index);
                break;
            case int index:
                parent[index] = JsonNode.Parse(json!);
                break;
        }
    }

    [GeneratedRegex(@"(\w+)|\[(\d+)\]")]
    private static partial Regex Step();

    /// <summary>Records holding lists compare those lists by reference, so compare a pack's content field by field.</summary>
    public static void AssertSameContent(StandardPack expected, StandardPack actual)
    {
        Assert.Equal(
            (expected.Code, expected.Title, expected.Owner, expected.Version, expected.Wording),
            (actual.Code, actual.Title, actual.Owner, actual.Version, actual.Wording));
        Assert.Equal(expected.Ratings, actual.Ratings);
        Assert.Equal(expected.Outcome.MinimumCompliantShare, actual.Outcome.MinimumCompliantShare);
        Assert.Equal(expected.Outcome.BlockingRatings, actual.Outcome.BlockingRatings);
        Assert.Equal(expected.Outcome.ActionPlanRatings, actual.Outcome.ActionPlanRatings);
        Assert.Equal(expected.Crosswalk.ToList(), actual.Crosswalk.ToList());
        Assert.Equal(expected.Criteria.Count, actual.Criteria.Count);
        foreach (var (e, a) in expected.Criteria.Zip(actual.Criteria))
        {
            Assert.Equal((e.Number, e.Title), (a.Number, a.Title));
            Assert.Equal(e.SubCriteria.Count, a.SubCriteria.Count);
            foreach (var (es, @as) in e.SubCriteria.Zip(a.SubCriteria))
            {
                Assert.Equal((es.Number, es.Title), (@as.Number, @as.Title));
                Assert.Equal(es.Elements, @as.Elements);
            }
        }
    }
}
