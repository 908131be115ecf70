using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// <c>&lt;govuk-summary-list&gt;</c> holding <c>&lt;govuk-summary-list-row key="Name"&gt;value&lt;/govuk-summary-list-row&gt;</c>
/// rows, each with optional <c>&lt;govuk-summary-list-action href="…" visually-hidden-text="name"&gt;Change&lt;/…&gt;</c>.
/// </summary>
/// <remarks>
/// Rows are collected and written at the end because GOV.UK marks a row without actions
/// (<c>govuk-summary-list__row--no-actions</c>) only when some other row, perhaps a later one, has them.
/// </remarks>
[HtmlTargetElement("govuk-summary-list")]
[RestrictChildren("govuk-summary-list-row")]
public sealed class GovukSummaryListTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var rows = new List<SummaryListRow>();
        context.Items[typeof(GovukSummaryListTagHelper)] = rows;
        await output.GetChildContentAsync();

        var anyActions = rows.Any(row => row.Actions.Count > 0);
        var list = new MarkupElement("dl", "govuk-summary-list").AuthorAttributes(output.Attributes);
        foreach (var row in rows)
        {
            list.Add(RowMarkup(row, anyActions));
        }

        output.RenderAs(list);
    }

    private static MarkupElement RowMarkup(SummaryListRow row, bool anyActions)
    {
        var markup = new MarkupElement("div", "govuk-summary-list__row")
            .AddClass(anyActions && row.Actions.Count == 0 ? "govuk-summary-list__row--no-actions" : null)
            .AuthorAttributes(row.Attributes)
            .Add(new MarkupElement("dt", "govuk-summary-list__key").Text(row.Key))
            .Add(new MarkupElement("dd", "govuk-summary-list__value").Add(row.Value));

        if (row.Actions.Count == 1)
        {
            markup.Add(new MarkupElement("dd", "govuk-summary-list__actions").Add(ActionLink(row.Actions[0])));
        }
        else if (row.Actions.Count > 1)
        {
            var items = new MarkupElement("ul", "govuk-summary-list__actions-list");
            foreach (var action in row.Actions)
            {
                items.Add(new MarkupElement("li", "govuk-summary-list__actions-list-item").Add(ActionLink(action)));
            }

            markup.Add(new MarkupElement("dd", "govuk-summary-list__actions").Add(items));
        }

        return markup;
    }

    private static MarkupElement ActionLink(SummaryListAction action) =>
        new MarkupElement("a", "govuk-link")
            .Attr("href", action.Href)
            .AuthorAttributes(action.Attributes)
            .Add(action.Content)

            // Screen readers hear "Change name" rather than a page of identical "Change" links.
            .Add(string.IsNullOrEmpty(action.VisuallyHiddenText)
                ? null
                : new MarkupElement("span", "govuk-visually-hidden").Text(" " + action.VisuallyHiddenText));
}

/// <summary>One row: <c>key</c> is the label, the child content (less any actions) the value.</summary>
[HtmlTargetElement("govuk-summary-list-row", ParentTag = "govuk-summary-list")]
public sealed class GovukSummaryListRowTagHelper : TagHelper
{
    [HtmlAttributeName("key")]
    public string Key { get; set; } = string.Empty;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(typeof(GovukSummaryListTagHelper), out var found) || found is not List<SummaryListRow> rows)
        {
            throw new InvalidOperationException("<govuk-summary-list-row> must be inside <govuk-summary-list>.");
        }

        var actions = new List<SummaryListAction>();
        context.Items[typeof(GovukSummaryListRowTagHelper)] = actions;
        var value = await output.GetChildContentAsync();
        rows.Add(new SummaryListRow(Key, value, actions, new TagHelperAttributeList(output.Attributes)));
        output.SuppressOutput();
    }
}

/// <summary>A link in a row's actions column, such as Change or Remove.</summary>
[HtmlTargetElement("govuk-summary-list-action", ParentTag = "govuk-summary-list-row")]
public sealed class GovukSummaryListActionTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "#";

    /// <summary>Says what the action is about to screen reader users, such as "name".</summary>
    [HtmlAttributeName("visually-hidden-text")]
    public string? VisuallyHiddenText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(typeof(GovukSummaryListRowTagHelper), out var found) || found is not List<SummaryListAction> actions)
        {
            throw new InvalidOperationException("<govuk-summary-list-action> must be inside <govuk-summary-list-row>.");
        }

        var content = await output.GetChildContentAsync();
        actions.Add(new SummaryListAction(Href, VisuallyHiddenText, content, new TagHelperAttributeList(output.Attributes)));
        output.SuppressOutput();
    }
}

internal sealed record SummaryListRow(string Key, IHtmlContent Value, List<SummaryListAction> Actions, TagHelperAttributeList Attributes);

internal sealed record SummaryListAction(string Href, string? VisuallyHiddenText, IHtmlContent Content, TagHelperAttributeList Attributes);
