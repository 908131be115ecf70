using StandardBearer.Core.Common;
using StandardBearer.Core.Evidence;

namespace StandardBearer.Web.Pages.Evidence;

/// <summary>How evidence reads on the pages: periods, sizes and times.</summary>
public static class EvidenceFormat
{
    /// <summary>When the evidence was true: a single date, a period, or nothing given.</summary>
    public static string Period(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, null) => "Not given",
        ({ } f, null) => Dates.Day(f),
        ({ } f, { } t) when f == t => Dates.Day(f),
        ({ } f, { } t) => $"{Dates.Day(f)} to {Dates.Day(t)}",
        (null, { } t) => $"Until {Dates.Day(t)}",
    };

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", Dates.English);

    public static string Size(long bytes) => EvidenceFileCheck.FormatSize(bytes);
}
