namespace StandardBearer.Core.Standards;

/// <summary>A standard (CSE), whose content lives in its versions. Platform data: not tenant-owned.</summary>
public class Standard
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
    public string? Owner { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<StandardVersion> Versions { get; set; } = [];
}

public enum VersionStatus
{
    Draft,
    Published,
    Retired,
}

/// <summary>
/// One version of a standard: its elements, its rating scale and its outcome rules. Published and retired
/// versions never change (assessments refer to them); a change is a new version.
/// </summary>
public class StandardVersion
{
    public Guid Id { get; set; }
    public Guid StandardId { get; set; }
    public Standard? Standard { get; set; }
    public required string Label { get; set; }
    public VersionStatus Status { get; set; }
    /// <summary><c>summaries</c> (our own short text) or <c>official</c> (imported wording).</summary>
    public required string Wording { get; set; }
    public decimal MinimumCompliantShare { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public List<VersionRating> Ratings { get; set; } = [];
    public List<Criterion> Criteria { get; set; } = [];
    public List<CrosswalkEntry> Crosswalk { get; set; } = [];

    public bool IsSummaries => Wording == "summaries";
}

/// <summary>One rating of a version's scale, with what it means for points and for the outcome.</summary>
public class VersionRating
{
    public Guid Id { get; set; }
    public Guid StandardVersionId { get; set; }
    public int Order { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public int Points { get; set; }
    public bool CountsAsCompliant { get; set; }
    public bool Blocks { get; set; }
    public bool NeedsActionPlan { get; set; }
}

public class Criterion
{
    public Guid Id { get; set; }
    public Guid StandardVersionId { get; set; }
    public int Order { get; set; }
    public required string Number { get; set; }
    public required string Title { get; set; }
    public List<SubCriterion> SubCriteria { get; set; } = [];
}

public class SubCriterion
{
    public Guid Id { get; set; }
    public Guid StandardVersionId { get; set; }
    public Guid CriterionId { get; set; }
    public int Order { get; set; }
    public required string Number { get; set; }
    public required string Title { get; set; }
    public List<Element> Elements { get; set; } = [];
}

/// <summary>An element such as 3.2.4. Its number is the stable key across versions (or mapped by a crosswalk).</summary>
public class Element
{
    public Guid Id { get; set; }
    public Guid StandardVersionId { get; set; }
    public Guid SubCriterionId { get; set; }
    public int Order { get; set; }
    public required string Number { get; set; }
    public required string Title { get; set; }
    public required string Statement { get; set; }
    public string? Guidance { get; set; }
    public string? ShowMe { get; set; }
    public string? TellMe { get; set; }
}

public class CrosswalkEntry
{
    public Guid Id { get; set; }
    public Guid StandardVersionId { get; set; }
    public required string OldNumber { get; set; }
    public required string NewNumber { get; set; }
}
