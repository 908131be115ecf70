using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary><c>&lt;govuk-back-link href="…"&gt;Back&lt;/govuk-back-link&gt;</c>; the text is "Back" when left out.</summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class GovukBackLinkTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "#";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var link = new MarkupElement("a", "govuk-back-link").Attr("href", Href).AuthorAttributes(output.Attributes);
        output.RenderAs(content.IsEmptyOrWhiteSpace ? link.Text("Back") : link.Add(content));
    }
}

/// <summary><c>&lt;govuk-inset-text&gt;…&lt;/govuk-inset-text&gt;</c>: content set apart from the text around it.</summary>
[HtmlTargetElement("govuk-inset-text")]
public sealed class GovukInsetTextTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.RenderAs(new MarkupElement("div", "govuk-inset-text").AuthorAttributes(output.Attributes).Add(content));
    }
}

/// <summary><c>&lt;govuk-warning-text&gt;You can be fined…&lt;/govuk-warning-text&gt;</c>.</summary>
[HtmlTargetElement("govuk-warning-text")]
public sealed class GovukWarningTextTagHelper : TagHelper
{
    /// <summary>Read out in place of the "!" icon, which is hidden from screen readers.</summary>
    [HtmlAttributeName("icon-fallback-text")]
    public string IconFallbackText { get; set; } = "Warning";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.RenderAs(new MarkupElement("div", "govuk-warning-text")
            .AuthorAttributes(output.Attributes)
            .Add(new MarkupElement("span", "govuk-warning-text__icon").Attr("aria-hidden", "true").Text("!"))
            .Add(new MarkupElement("strong", "govuk-warning-text__text")
                .Add(new MarkupElement("span", "govuk-visually-hidden").Text(IconFallbackText))
                .Add(content)));
    }
}

/// <summary><c>&lt;govuk-details summary="Help with nationality"&gt;…&lt;/govuk-details&gt;</c>; <c>open</c> starts it expanded.</summary>
[HtmlTargetElement("govuk-details")]
public sealed class GovukDetailsTagHelper : TagHelper
{
    [HtmlAttributeName("summary")]
    public string Summary { get; set; } = string.Empty;

    [HtmlAttributeName("open")]
    public bool Open { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.RenderAs(new MarkupElement("details", "govuk-details")
            .Flag("open", Open)
            .AuthorAttributes(output.Attributes)
            .Add(new MarkupElement("summary", "govuk-details__summary")
                .Add(new MarkupElement("span", "govuk-details__summary-text").Text(Summary)))
            .Add(new MarkupElement("div", "govuk-details__text").Add(content)));
    }
}
