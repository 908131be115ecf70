using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Assessments;

namespace StandardBearer.Web.Pages.Assessments.VisitPlan;

/// <summary>
/// The session form's fields. Times and elements are typed as text, so a time that is not one gets a GOV.UK
/// message rather than the framework's; the names match <see cref="PlanSessionRequest"/>'s so the service's
/// messages land on the right fields.
/// </summary>
public sealed class SessionForm
{
    [Display(Name = "The date of the session")]
    public DateOnly? Date { get; set; }

    public string? StartsAt { get; set; }
    public string? EndsAt { get; set; }
    public string? Site { get; set; }
    public SessionKind? Kind { get; set; }
    public string? Participants { get; set; }

    /// <summary>Element numbers, separated by commas or spaces.</summary>
    public string? ElementNumbers { get; set; }

    public static IReadOnlyList<SelectListItem> KindItems { get; } =
        Enum.GetValues<SessionKind>().Select(k => new SelectListItem(SessionKinds.DisplayName(k), k.ToString())).ToList();

    public static SessionForm From(VisitSessionView s) => new()
    {
        Date = s.Date, StartsAt = s.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture), EndsAt = s.EndsAt.ToString("HH:mm", CultureInfo.InvariantCulture),
        Site = s.Site, Kind = s.Kind, Participants = s.Participants, ElementNumbers = string.Join(", ", s.ElementNumbers),
    };

    /// <summary>The request for the service; a time that cannot be read goes into model state against its field.</summary>
    public PlanSessionRequest ToRequest(ModelStateDictionary modelState, string prefix) => new()
    {
        Date = Date,
        StartsAt = VisitTimes.Parse(StartsAt, "start", $"{prefix}.{nameof(StartsAt)}", modelState),
        EndsAt = VisitTimes.Parse(EndsAt, "end", $"{prefix}.{nameof(EndsAt)}", modelState),
        Site = Site ?? "",
        Kind = Kind,
        Participants = Participants,
        ElementNumbers = VisitTimes.Numbers(ElementNumbers),
    };
}

/// <summary>How the visit plan reads times and lists of elements typed by people, for the pages and the API alike.</summary>
public static class VisitTimes
{
    private static readonly string[] Formats = ["H:mm", "HH:mm", "H.mm", "HH.mm", "HHmm"];

    /// <summary>Null when blank (the service then asks for it) or unreadable (with a message under <paramref name="field"/>).</summary>
    public static TimeOnly? Parse(string? text, string which, string field, ModelStateDictionary modelState)
    {
        var (time, error) = Parse(text, which);
        if (error is not null) modelState.AddModelError(field, error);
        return time;
    }

    public static (TimeOnly? Time, string? Error) Parse(string? text, string which)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        return TimeOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? (time, null)
            : (null, $"Enter the {which} time on the 24-hour clock, like 09:30");
    }

    public static IReadOnlyList<string> Numbers(string? text) =>
        (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
