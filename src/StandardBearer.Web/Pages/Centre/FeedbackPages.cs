using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Pages.Centre;

/// <summary>The element feedback is sent on: its version's label, number and title.</summary>
public sealed record FeedbackElement(string VersionLabel, string Number, string Title);

/// <summary>What the feedback pages share: the element being commented on, the choices and the status tags.</summary>
public static class FeedbackPages
{
    /// <summary>The element in the published version named (the current one when none is), or null when there is no such element.</summary>
    public static async Task<FeedbackElement?> ElementAsync(AppDbContext db, string number, string? version, CancellationToken ct)
    {
        var published = await StandardCatalogue.PublishedAsync(db, BuiltInPacks.CseCode, ct);
        var chosen = string.IsNullOrEmpty(version) ? published.FirstOrDefault() : published.FirstOrDefault(v => v.Label == version);
        if (chosen is null) return null;
        var title = await db.Elements.Where(e => e.StandardVersionId == chosen.Id && e.Number == number).Select(e => e.Title).SingleOrDefaultAsync(ct);
        return title is null ? null : new FeedbackElement(chosen.Label, number, title);
    }

    public static IReadOnlyList<GovukChoiceItem> Kinds() =>
        Enum.GetValues<FeedbackKind>().Select(k => new GovukChoiceItem { Text = FeedbackNames.Display(k), Value = k.ToString(), Hint = Hint(k) }).ToList();

    public static IReadOnlyList<GovukChoiceItem> Statuses() =>
        Enum.GetValues<FeedbackStatus>().Select(s => new GovukChoiceItem { Text = FeedbackNames.Display(s), Value = s.ToString() }).ToList();

    /// <summary>New is blue, under review yellow, accepted green, declined red: the same on every page.</summary>
    public static string Colour(FeedbackStatus status) => status switch
    {
        FeedbackStatus.New => "blue",
        FeedbackStatus.UnderReview => "yellow",
        FeedbackStatus.AcceptedForNextVersion => "green",
        FeedbackStatus.Declined => "red",
        _ => "grey",
    };

    private static string? Hint(FeedbackKind kind) => kind switch
    {
        FeedbackKind.UnclearWording => "The element or its guidance is hard to understand or can be read more than one way",
        FeedbackKind.MissingGuidance => "Something holders or assessors need to know is not covered",
        FeedbackKind.SuggestedChange => "A change to the element for the next version of the standard",
        _ => null,
    };
}
