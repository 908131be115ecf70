namespace StandardBearer.Core.Certification;

public sealed record SizingRow(int? UpToStaff, decimal DeskDays, decimal OnSiteDays);

public sealed record SuggestedDays(decimal DeskDays, decimal OnSiteDays);

/// <summary>How many days an assessment needs, from a body's sizing table and the organisation's staff numbers.</summary>
public static class Sizing
{
    public const decimal MaxDays = 30m;

    /// <summary>The CSE scheme's guide, used by a body that has not set its own: on site 1 day up to 250 staff, 2 up to 1,000, 3 beyond.</summary>
    public static readonly IReadOnlyList<SizingRow> CseDefault =
    [
        new(250, 1m, 1m),
        new(1000, 1.5m, 2m),
        new(null, 2m, 3m),
    ];

    /// <summary>
    /// Pure: the first band whose limit covers <paramref name="staff"/>, with the open-ended band last. An empty
    /// table means the body has not set one, so the CSE default applies.
    /// </summary>
    public static SuggestedDays Suggest(IReadOnlyList<SizingRow> bands, int staff)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(staff);
        var table = (bands.Count == 0 ? CseDefault : bands).OrderBy(b => b.UpToStaff ?? int.MaxValue).ThenBy(b => b.UpToStaff is null).ToList();
        var band = table.FirstOrDefault(b => b.UpToStaff is null || staff <= b.UpToStaff) ?? table[^1];
        return new SuggestedDays(band.DeskDays, band.OnSiteDays);
    }

    /// <summary>
    /// Pure: what is wrong with a table as typed, keyed like the request (<c>Bands[0].UpToStaff</c>). A table is
    /// valid when limits rise band by band, every number of days is a positive number of half days, and only the
    /// last band is open-ended so that every organisation falls in exactly one band.
    /// </summary>
    public static Dictionary<string, string[]> Problems(IReadOnlyList<SizingBandRequest> bands)
    {
        var errors = new Dictionary<string, string[]>();
        if (bands.Count == 0)
        {
            errors[nameof(ReplaceSizingRequest.Bands)] = ["Enter at least one band"];
            return errors;
        }
        int? previous = null;
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            var n = i + 1;
            var key = $"{nameof(ReplaceSizingRequest.Bands)}[{i}]";
            var last = i == bands.Count - 1;
            if (last && band.UpToStaff is not null)
                errors[$"{key}.{nameof(SizingBandRequest.UpToStaff)}"] = ["Leave the number of staff for the last band empty, so that it covers any number"];
            else if (!last && band.UpToStaff is null)
                errors[$"{key}.{nameof(SizingBandRequest.UpToStaff)}"] = [$"Enter the largest number of staff for band {n}"];
            else if (band.UpToStaff is < 1)
                errors[$"{key}.{nameof(SizingBandRequest.UpToStaff)}"] = [$"The number of staff for band {n} must be 1 or more"];
            else if (band.UpToStaff <= previous)
                errors[$"{key}.{nameof(SizingBandRequest.UpToStaff)}"] = [$"The number of staff for band {n} must be more than for band {n - 1}"];
            previous = band.UpToStaff ?? previous;
            CheckDays(errors, $"{key}.{nameof(SizingBandRequest.DeskDays)}", band.DeskDays, $"desk days for band {n}");
            CheckDays(errors, $"{key}.{nameof(SizingBandRequest.OnSiteDays)}", band.OnSiteDays, $"days on site for band {n}");
        }
        return errors;
    }

    private static void CheckDays(Dictionary<string, string[]> errors, string key, decimal? days, string what)
    {
        if (days is null)
            errors[key] = [$"Enter the {what}"];
        else if (days <= 0 || days > MaxDays || days % 0.5m != 0)
            errors[key] = [$"Enter the {what} as a number of half days from 0.5 to {MaxDays:0}, like 1 or 1.5"];
    }
}
