namespace StandardBearer.Core.Standards;

public sealed record ScaleRating(string Key, string Name, int Points, bool CountsAsCompliant, bool Blocks, bool NeedsActionPlan);

public enum OutcomeKind
{
    Certify,
    CertifyWithActionPlan,
    NotCertified,
}

/// <summary>The outcome the rules give: which elements need action plans, which block, and why not certified.</summary>
public sealed record Outcome(
    OutcomeKind Kind,
    int Assessed,
    int Compliant,
    decimal CompliantShare,
    IReadOnlyList<string> ActionPlanElements,
    IReadOnlyList<string> BlockingElements,
    IReadOnlyList<string> Reasons);

/// <summary>
/// A version's rating scale and outcome rules, as data. Every rule that later features apply (points, the
/// certification outcome) comes from here, never from constants, so a new version can change them.
/// </summary>
public sealed record RatingScale(IReadOnlyList<ScaleRating> Ratings, decimal MinimumCompliantShare)
{
    // Sentences are British English whatever the server's culture ("70%", not "70 %").
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    public ScaleRating? Find(string keyOrName) =>
        Ratings.FirstOrDefault(r => string.Equals(r.Key, keyOrName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.Name, keyOrName, StringComparison.OrdinalIgnoreCase));

    public int PointsFor(string key) => Find(key)?.Points ?? throw new ArgumentException($"Unknown rating {key}", nameof(key));

    /// <summary>
    /// Applies the outcome rules to element ratings (element number → rating key). Certify when no element has a
    /// blocking rating and the compliant share reaches the minimum; with an action plan when any element has an
    /// action-plan rating; otherwise not certified, saying which rule failed.
    /// </summary>
    public Outcome Evaluate(IReadOnlyDictionary<string, string> ratingsByElement)
    {
        var rated = ratingsByElement.Select(kv => (Element: kv.Key, Rating: Find(kv.Value) ?? throw new ArgumentException($"Unknown rating {kv.Value} for {kv.Key}")))
            .OrderBy(x => x.Element, ElementNumberComparer.Instance)
            .ToList();
        var assessed = rated.Count;
        var compliant = rated.Count(x => x.Rating.CountsAsCompliant);
        var share = assessed == 0 ? 0m : Math.Round((decimal)compliant / assessed, 4);
        var blocking = rated.Where(x => x.Rating.Blocks).Select(x => x.Element).ToList();
        var actionPlan = rated.Where(x => x.Rating.NeedsActionPlan).Select(x => x.Element).ToList();

        var reasons = new List<string>();
        if (assessed == 0) reasons.Add("No elements have been rated.");
        foreach (var group in rated.Where(x => x.Rating.Blocks).GroupBy(x => x.Rating.Name))
            reasons.Add($"{group.Count()} element{(group.Count() == 1 ? "" : "s")} rated {group.Key}: {string.Join(", ", group.Select(x => x.Element))}.");
        // Compare exact fractions, not the rounded share, so that exactly 80% passes and 79.99% does not.
        if (assessed > 0 && compliant < MinimumCompliantShare * assessed)
            reasons.Add(string.Format(English, "{0} of {1} elements ({2:P0}) are compliant; at least {3:P0} must be.", compliant, assessed, share, MinimumCompliantShare));

        var kind = reasons.Count > 0 ? OutcomeKind.NotCertified
            : actionPlan.Count > 0 ? OutcomeKind.CertifyWithActionPlan
            : OutcomeKind.Certify;
        return new Outcome(kind, assessed, compliant, share, actionPlan, blocking, reasons);
    }

    public static RatingScale Of(StandardVersion version) => new(
        version.Ratings.OrderBy(r => r.Order).Select(r => new ScaleRating(r.Key, r.Name, r.Points, r.CountsAsCompliant, r.Blocks, r.NeedsActionPlan)).ToList(),
        version.MinimumCompliantShare);
}

/// <summary>Orders element numbers numerically part by part, so 1.1.10 comes after 1.1.9.</summary>
public sealed class ElementNumberComparer : IComparer<string>
{
    public static readonly ElementNumberComparer Instance = new();

    /// <summary>The criterion an element number belongs to: "1.2.3" to "1".</summary>
    public static string CriterionOf(string elementNumber) => elementNumber.Split('.')[0];

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var a = x.Split('.');
        var b = y.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = int.TryParse(a[i], out var ai) && int.TryParse(b[i], out var bi) ? ai.CompareTo(bi) : string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }
}
