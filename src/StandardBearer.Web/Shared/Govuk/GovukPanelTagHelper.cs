using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary><c>&lt;govuk-panel title="Application complete"&gt;Your reference is …&lt;/govuk-panel&gt;</c>: the confirmation panel.</summary>
[HtmlTargetElement("govuk-panel")]
public sealed class GovukPanelTagHelper : TagHelper
{
    [HtmlAttributeName("title")]
    public string Title { get; set; } = string.Empty;

    [HtmlAttributeName("heading-level")]
    public int HeadingLevel { get; set; } = 1;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (HeadingLevel is < 1 or > 6)
        {
            throw new InvalidOperationException($"heading-level must be 1 to 6, not {HeadingLevel}.");
        }

        var content = await output.GetChildContentAsync();
        var heading = "h" + HeadingLevel.ToString(CultureInfo.InvariantCulture);
        output.RenderAs(new MarkupElement("div", "govuk-panel govuk-panel--confirmation")
            .AuthorAttributes(output.Attributes)
            .Add(new MarkupElement(heading, "govuk-panel__title").Text(Title))
            .Add(content.IsEmptyOrWhiteSpace ? null : new MarkupElement("div", "govuk-panel__body").Add(content)));
    }
}
