using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary><c>&lt;govuk-tag colour="green"&gt;Active&lt;/govuk-tag&gt;</c>: a status tag.</summary>
[HtmlTargetElement("govuk-tag")]
public sealed class GovukTagTagHelper : TagHelper
{
    /// <summary>grey, green, turquoise, blue, light-blue, purple, pink, red, orange or yellow; none for the default.</summary>
    [HtmlAttributeName("colour")]
    public string? Colour { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.RenderAs(new MarkupElement("strong", GovukTagMarkup.Classes(Colour)).AuthorAttributes(output.Attributes).Add(content));
    }
}

internal static class GovukTagMarkup
{
    public static string Classes(string? colour) =>
        string.IsNullOrWhiteSpace(colour) ? "govuk-tag" : "govuk-tag govuk-tag--" + colour.Trim().ToLowerInvariant();
}
