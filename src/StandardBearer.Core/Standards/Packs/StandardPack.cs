using System.Text.Json.Serialization;

namespace StandardBearer.Core.Standards.Packs;

/// <summary>
/// A standard pack: one version of a standard as a JSON document (docs/standard-pack.md). Packs are how the
/// official wording, which is not ours to ship, gets into an instance; the built-in pack carries our own summaries.
/// Property names are the JSON names (camelCase); order is kept on export so that export → import round-trips.
/// </summary>
public sealed record StandardPack
{
    [JsonPropertyName("code")] public string Code { get; init; } = "";
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("owner")] public string? Owner { get; init; }
    [JsonPropertyName("version")] public string Version { get; init; } = "";
    /// <summary><c>summaries</c> (our own short text) or <c>official</c> (the owner's wording, imported).</summary>
    [JsonPropertyName("wording")] public string Wording { get; init; } = "";
    [JsonPropertyName("ratings")] public IReadOnlyList<PackRating> Ratings { get; init; } = [];
    [JsonPropertyName("outcome")] public PackOutcome Outcome { get; init; } = new();
    /// <summary>Old element number → new element number, for a version that renumbers.</summary>
    [JsonPropertyName("crosswalk")] public IReadOnlyDictionary<string, string> Crosswalk { get; init; } = new Dictionary<string, string>();
    [JsonPropertyName("criteria")] public IReadOnlyList<PackCriterion> Criteria { get; init; } = [];
}

public sealed record PackRating
{
    [JsonPropertyName("key")] public string Key { get; init; } = "";
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("points")] public int Points { get; init; }
    [JsonPropertyName("countsAsCompliant")] public bool CountsAsCompliant { get; init; }
}

public sealed record PackOutcome
{
    /// <summary>Share (0..1) of assessed elements that must be rated with a compliant rating to certify.</summary>
    [JsonPropertyName("minimumCompliantShare")] public decimal MinimumCompliantShare { get; init; }
    /// <summary>Any element with one of these ratings prevents certification.</summary>
    [JsonPropertyName("blockingRatings")] public IReadOnlyList<string> BlockingRatings { get; init; } = [];
    /// <summary>Elements with these ratings need an action plan, checked at the next review.</summary>
    [JsonPropertyName("actionPlanRatings")] public IReadOnlyList<string> ActionPlanRatings { get; init; } = [];
}

public sealed record PackCriterion
{
    [JsonPropertyName("number")] public string Number { get; init; } = "";
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("subCriteria")] public IReadOnlyList<PackSubCriterion> SubCriteria { get; init; } = [];
}

public sealed record PackSubCriterion
{
    [JsonPropertyName("number")] public string Number { get; init; } = "";
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("elements")] public IReadOnlyList<PackElement> Elements { get; init; } = [];
}

public sealed record PackElement
{
    [JsonPropertyName("number")] public string Number { get; init; } = "";
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("statement")] public string Statement { get; init; } = "";
    [JsonPropertyName("guidance")] public string? Guidance { get; init; }
    [JsonPropertyName("showMe")] public string? ShowMe { get; init; }
    [JsonPropertyName("tellMe")] public string? TellMe { get; init; }
}

/// <summary>One thing wrong with a pack, at a JSON path such as <c>$.criteria[0].subCriteria[1].elements[2].number</c>.</summary>
public sealed record PackProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
