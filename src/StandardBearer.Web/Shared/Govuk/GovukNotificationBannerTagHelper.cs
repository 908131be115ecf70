using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// <c>&lt;govuk-notification-banner type="success" heading="…"&gt;more content&lt;/govuk-notification-banner&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class GovukNotificationBannerTagHelper : TagHelper
{
    /// <summary>"success" after the user has done something; anything else is an "Important" banner.</summary>
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    /// <summary>The small title bar text; "Success" or "Important" when left out.</summary>
    [HtmlAttributeName("title")]
    public string? Title { get; set; }

    [HtmlAttributeName("title-id")]
    public string TitleId { get; set; } = "govuk-notification-banner-title";

    /// <summary>The banner's message, shown large above any child content.</summary>
    [HtmlAttributeName("heading")]
    public string? Heading { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var isSuccess = string.Equals(Type, "success", StringComparison.OrdinalIgnoreCase);
        var content = await output.GetChildContentAsync();

        // A success banner confirms what the user just did, so it is announced at once (role="alert");
        // an important one is a landmark they can find.
        var banner = new MarkupElement("div", "govuk-notification-banner")
            .AddClass(isSuccess ? "govuk-notification-banner--success" : null)
            .Attr("role", isSuccess ? "alert" : "region")
            .Attr("aria-labelledby", TitleId)
            .Attr("data-module", "govuk-notification-banner")
            .AuthorAttributes(output.Attributes)
            .Add(new MarkupElement("div", "govuk-notification-banner__header")
                .Add(new MarkupElement("h2", "govuk-notification-banner__title")
                    .Attr("id", TitleId)
                    .Text(Title ?? (isSuccess ? "Success" : "Important"))))
            .Add(new MarkupElement("div", "govuk-notification-banner__content")
                .Add(Heading is null ? null : new MarkupElement("p", "govuk-notification-banner__heading").Text(Heading))
                .Add(content));
        output.RenderAs(banner);
    }
}
