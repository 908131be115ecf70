using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Centre;

/// <summary>
/// The standard owner's list of everyone's feedback, filtered by status, element and kind, with counts by status.
/// A filter value that cannot be read is a 400 page with the GOV.UK error summary and the list without that filter.
/// </summary>
[AllowRoles(Role.StandardOwner)]
public class FeedbackModel(AppDbContext db) : PageModel
{
    public FeedbackList List { get; private set; } = null!;
    public FeedbackFilter Filter { get; private set; } = new();
    public IReadOnlyList<SelectListItem> Statuses { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Elements { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task OnGetAsync(string? status, string? element, string? kind, bool saved, CancellationToken ct)
    {
        Saved = saved;
        Filter = Read(status, element, kind);
        List = await StandardFeedbackQueries.ForOwnerAsync(db, Filter, ct);
        var elements = await StandardFeedbackQueries.ElementsAsync(db, ct);
        Statuses = Choices(Enum.GetValues<FeedbackStatus>().Select(s => (FeedbackNames.Display(s), s.ToString(), s == Filter.Status)), "Any status", Filter.Status is null);
        Elements = Choices(elements.Select(n => (n, n, n == Filter.ElementNumber)), "Any element", Filter.ElementNumber is null);
        Kinds = Choices(Enum.GetValues<FeedbackKind>().Select(k => (FeedbackNames.Display(k), k.ToString(), k == Filter.Kind)), "Any kind", Filter.Kind is null);
    }

    private FeedbackFilter Read(string? status, string? element, string? kind)
    {
        FeedbackStatus? s = null;
        FeedbackKind? k = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<FeedbackStatus>(status, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _)) s = parsed;
            else ModelState.AddModelError("status", "Select a status from the list");
        }
        if (!string.IsNullOrEmpty(kind))
        {
            if (Enum.TryParse<FeedbackKind>(kind, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(kind, out _)) k = parsed;
            else ModelState.AddModelError("kind", "Select a kind of feedback from the list");
        }
        var number = string.IsNullOrWhiteSpace(element) ? null : element.Trim();
        if (number is { Length: > 20 })
        {
            ModelState.AddModelError("element", "Select an element from the list");
            number = null;
        }
        return new FeedbackFilter(s, number, k);
    }

    private static List<SelectListItem> Choices(IEnumerable<(string Text, string Value, bool Selected)> items, string any, bool anySelected) =>
        items.Select(i => new SelectListItem(i.Text, i.Value, i.Selected)).Prepend(new SelectListItem(any, "", anySelected)).ToList();
}
