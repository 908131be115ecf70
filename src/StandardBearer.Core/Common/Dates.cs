using System.Globalization;

namespace StandardBearer.Core.Common;

/// <summary>Dates as people read them here (GOV.UK style, "4 March 2027"), the same on pages, reports and emails.</summary>
public static class Dates
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", English);

    /// <summary>Today's UTC calendar day by <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time) => ToDate(time.GetUtcNow());

    /// <summary>The UTC calendar day of an instant.</summary>
    public static DateOnly ToDate(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    /// <summary>"4 March 2027 to 5 March 2027", "4 March 2027" for one day, or null until both ends are known.</summary>
    public static string? Range(DateOnly? first, DateOnly? last) => (first, last) switch
    {
        ({ } s, { } e) when s == e => Day(s),
        ({ } s, { } e) => $"{Day(s)} to {Day(e)}",
        _ => null,
    };
}
