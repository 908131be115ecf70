using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>The pieces every GOV.UK form component shares: form group, label, legend, hint and error message.</summary>
internal static class GovukFormMarkup
{
    public static MarkupElement FormGroup(bool hasError) =>
        new MarkupElement("div", "govuk-form-group").AddClass(hasError ? "govuk-form-group--error" : null);

    public static IHtmlContent Label(string text, string forId, string? labelClass, bool isPageHeading)
    {
        var label = new MarkupElement("label", "govuk-label").AddClass(labelClass).Attr("for", forId).Text(text);

        // GOV.UK wraps a label that is the page's heading in an h1 rather than styling the label as one.
        return isPageHeading ? new MarkupElement("h1", "govuk-label-wrapper").Add(label) : label;
    }

    public static MarkupElement Fieldset(string? describedBy, bool isGroup = false) =>
        new MarkupElement("fieldset", "govuk-fieldset")
            .Attr("role", isGroup ? "group" : null)
            .Attr("aria-describedby", describedBy);

    public static IHtmlContent Legend(string text, string? legendClass, bool isPageHeading)
    {
        var legend = new MarkupElement("legend", "govuk-fieldset__legend").AddClass(legendClass);
        return isPageHeading
            ? legend.Add(new MarkupElement("h1", "govuk-fieldset__heading").Text(text))
            : legend.Text(text);
    }

    public static IHtmlContent? Hint(string id, string? text) =>
        text is null ? null : new MarkupElement("div", "govuk-hint").Attr("id", id).Text(text);

    public static IHtmlContent? ErrorMessage(string id, string? message) =>
        message is null
            ? null
            : new MarkupElement("p", "govuk-error-message")
                .Attr("id", id)
                .Add(new MarkupElement("span", "govuk-visually-hidden").Text("Error:"))
                .Text(" " + message);

    public static string? DescribedBy(params string?[] ids)
    {
        var present = ids.Where(id => !string.IsNullOrEmpty(id)).ToArray();
        return present.Length == 0 ? null : string.Join(' ', present);
    }

    /// <summary>Replaces the tag helper's own element with the component's markup.</summary>
    public static void RenderAs(this TagHelperOutput output, IHtmlContent content)
    {
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(content);
    }
}
