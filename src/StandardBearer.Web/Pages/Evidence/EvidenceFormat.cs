using System.Globalization;
using StandardBearer.Core.Evidence;

namespace StandardBearer.Web.Pages.Evidence;

/// <summary>How evidence reads on the pages: periods, sizes and times.</summary>
public static class EvidenceFormat
{
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

    public static string Size(long bytes) => EvidenceFileCheck.FormatSize(bytes);
}
