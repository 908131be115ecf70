using System.Globalization;

namespace StandardBearer.Web.Pages.Evidence;

/// <summary>How evidence reads on the pages: periods, sizes and times.</summary>
public static class EvidenceFormat
{
    private const long Kilobyte = 1024;
    private const long Megabyte = 1024 * Kilobyte;

    /// <summary>When the evidence was true: a single date, a period, or nothing given.</summary>
    public static string Period(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, null) => "Not given",
        ({ } f, null) => Date(f),
        ({ } f, { } t) when f == t => Date(f),
        ({ } f, { } t) => $"{Date(f)} to {Date(t)}",
        (null, { } t) => $"Until {Date(t)}",
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.GetCultureInfo("en-GB"));

    public static string Size(long bytes) => bytes switch
    {
        >= Megabyte when bytes % Megabyte == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes / Megabyte} MB"),
        >= Megabyte => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)Megabyte:0.#} MB"),
        >= Kilobyte => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)Kilobyte:0.#} KB"),
        1 => "1 byte",
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
