using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// <c>&lt;govuk-task-list id-prefix="application"&gt;</c> holding
/// <c>&lt;govuk-task-list-item href="…" hint="…" status="Completed"&gt;Title&lt;/govuk-task-list-item&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-task-list")]
public sealed class GovukTaskListTagHelper : TagHelper
{
    /// <summary>Starts the ids that tie each task's link to its status and hint; needs to be unique on the page.</summary>
    [HtmlAttributeName("id-prefix")]
    public string IdPrefix { get; set; } = "task-list";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        context.Items[typeof(GovukTaskListTagHelper)] = new TaskListState(IdPrefix);
        var content = await output.GetChildContentAsync();
        output.RenderAs(new MarkupElement("ul", "govuk-task-list").AuthorAttributes(output.Attributes).Add(content));
    }
}

/// <summary>
/// One task. Its status is plain text when "Completed" (or grey "Cannot start yet"), as GOV.UK shows
/// finished tasks, and a tag otherwise: blue unless <c>status-colour</c> names another tag colour.
/// </summary>
[HtmlTargetElement("govuk-task-list-item", ParentTag = "govuk-task-list")]
public sealed class GovukTaskListItemTagHelper : TagHelper
{
    private const string Completed = "Completed";
    private const string CannotStartYet = "Cannot start yet";

    /// <summary>Where the task's page is; a task without one cannot be started yet and is not a link.</summary>
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("status")]
    public string Status { get; set; } = string.Empty;

    /// <summary>Shows the status as a tag of this colour (grey, blue, light-blue, red…), even when Completed.</summary>
    [HtmlAttributeName("status-colour")]
    public string? StatusColour { get; set; }

    /// <summary>Extra classes for the status, such as <c>govuk-task-list__status--cannot-start-yet</c>.</summary>
    [HtmlAttributeName("status-class")]
    public string? StatusClass { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(typeof(GovukTaskListTagHelper), out var found) || found is not TaskListState list)
        {
            throw new InvalidOperationException("<govuk-task-list-item> must be inside <govuk-task-list>.");
        }

        var index = ++list.Count;
        var itemId = list.IdPrefix + "-" + index.ToString(CultureInfo.InvariantCulture);
        var hintId = Hint is null ? null : itemId + "-hint";
        var statusId = itemId + "-status";
        var title = await output.GetChildContentAsync();

        var nameAndHint = new MarkupElement("div", "govuk-task-list__name-and-hint")
            .Add(Href is null
                ? new MarkupElement("div").Add(title)
                : new MarkupElement("a", "govuk-link govuk-task-list__link")
                    .Attr("href", Href)

                    // The link is read out with its status, so "Company details, Completed" is heard in one go.
                    .Attr("aria-describedby", GovukFormMarkup.DescribedBy(hintId, statusId))
                    .Add(title))
            .Add(Hint is null ? null : new MarkupElement("div", "govuk-task-list__hint").Attr("id", hintId).Text(Hint));

        var status = new MarkupElement("div", "govuk-task-list__status").AddClass(StatusClass).Attr("id", statusId);
        if (StatusColour is not null)
        {
            status.Add(new MarkupElement("strong", GovukTagMarkup.Classes(StatusColour)).Text(Status));
        }
        else if (string.Equals(Status, Completed, StringComparison.OrdinalIgnoreCase))
        {
            status.Text(Status);
        }
        else if (string.Equals(Status, CannotStartYet, StringComparison.OrdinalIgnoreCase))
        {
            status.AddClass("govuk-task-list__status--cannot-start-yet").Text(Status);
        }
        else
        {
            status.Add(new MarkupElement("strong", GovukTagMarkup.Classes("blue")).Text(Status));
        }

        output.RenderAs(new MarkupElement("li", "govuk-task-list__item")
            .AddClass(Href is null ? null : "govuk-task-list__item--with-link")
            .AuthorAttributes(output.Attributes)
            .Add(nameAndHint)
            .Add(status));
    }
}

internal sealed class TaskListState(string idPrefix)
{
    public string IdPrefix { get; } = idPrefix;

    public int Count { get; set; }
}
