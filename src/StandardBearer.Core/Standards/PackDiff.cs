using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.Standards;

public sealed record ElementChange(string Number, IReadOnlyList<string> Fields);

/// <summary>What a new version changes against the current published one, element by element.</summary>
public sealed record PackDiff(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<ElementChange> Changed,
    IReadOnlyList<string> RatingChanges,
    int Unchanged)
{
    public bool HasChanges => Added.Count + Removed.Count + Changed.Count + RatingChanges.Count > 0;

    /// <summary>Compares by element number, following the new version's crosswalk for renumbered elements.</summary>
    public static PackDiff Compare(StandardPack? current, StandardPack next)
    {
        var nextElements = Elements(next).ToDictionary(e => e.Number);
        if (current is null)
            return new PackDiff(nextElements.Keys.Order(ElementNumberComparer.Instance).ToList(), [], [], [], 0);

        var added = new List<string>();
        var removed = new List<string>();
        var changed = new List<ElementChange>();
        var unchanged = 0;
        var matched = new HashSet<string>();
        foreach (var old in Elements(current))
        {
            var number = next.Crosswalk.TryGetValue(old.Number, out var renumbered) ? renumbered : old.Number;
            if (!nextElements.TryGetValue(number, out var now))
            {
                removed.Add(old.Number);
                continue;
            }
            matched.Add(number);
            var fields = new List<string>();
            if (number != old.Number) fields.Add($"number ({old.Number} → {number})");
            if (old.Title != now.Title) fields.Add("title");
            if (old.Statement != now.Statement) fields.Add("statement");
            if (old.Guidance != now.Guidance) fields.Add("guidance");
            if (old.ShowMe != now.ShowMe) fields.Add("show me");
            if (old.TellMe != now.TellMe) fields.Add("tell me");
            if (fields.Count > 0) changed.Add(new ElementChange(number, fields));
            else unchanged++;
        }
        added.AddRange(nextElements.Keys.Where(n => !matched.Contains(n)));

        var ratingChanges = new List<string>();
        var oldRatings = current.Ratings.ToDictionary(r => r.Key);
        foreach (var r in next.Ratings)
        {
            if (!oldRatings.TryGetValue(r.Key, out var o)) ratingChanges.Add($"New rating {r.Name}");
            else if (o.Points != r.Points) ratingChanges.Add($"{r.Name}: {o.Points} → {r.Points} points");
        }
        ratingChanges.AddRange(current.Ratings.Where(o => next.Ratings.All(r => r.Key != o.Key)).Select(o => $"Rating {o.Name} removed"));
        if (current.Outcome.MinimumCompliantShare != next.Outcome.MinimumCompliantShare)
            ratingChanges.Add(string.Format(System.Globalization.CultureInfo.GetCultureInfo("en-GB"), "Minimum compliant share: {0:P0} → {1:P0}",
                current.Outcome.MinimumCompliantShare, next.Outcome.MinimumCompliantShare));

        return new PackDiff(
            added.Order(ElementNumberComparer.Instance).ToList(),
            removed.Order(ElementNumberComparer.Instance).ToList(),
            changed.OrderBy(c => c.Number, ElementNumberComparer.Instance).ToList(),
            ratingChanges,
            unchanged);
    }

    private static IEnumerable<PackElement> Elements(StandardPack pack) =>
        pack.Criteria.SelectMany(c => c.SubCriteria).SelectMany(s => s.Elements);
}
