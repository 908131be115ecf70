using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c> at the top of <c>&lt;main&gt;</c>: every model-state error, each linking
/// to the field it belongs to. Renders nothing when there are no errors.
/// </summary>
[HtmlTargetElement("govuk-error-summary")]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeName("title")]
    public string Title { get; set; } = "There is a problem";

    /// <summary>Optional text above the list of errors.</summary>
    [HtmlAttributeName("description")]
    public string? Description { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ViewData.ModelState;

        // Error count rather than IsValid: before validation has run, IsValid is false with nothing to show.
        if (modelState.ErrorCount == 0)
        {
            output.SuppressOutput();
            return;
        }

        var list = new MarkupElement("ul", "govuk-list govuk-error-summary__list");
        foreach (var (key, entry) in modelState)
        {
            foreach (var error in entry.Errors)
            {
                var message = BoundField.MessageOf(error);
                var item = new MarkupElement("li");
                if (string.IsNullOrEmpty(key))
                {
                    // A model-level error belongs to no field, so there is nowhere to link to.
                    item.Text(message);
                }
                else
                {
                    item.Add(new MarkupElement("a").Attr("href", "#" + TargetId(key)).Text(message));
                }

                list.Add(item);
            }
        }

        var body = new MarkupElement("div", "govuk-error-summary__body")
            .Add(Description is null ? null : new MarkupElement("p").Text(Description))
            .Add(list);
        var summary = new MarkupElement("div", "govuk-error-summary")
            .Attr("data-module", "govuk-error-summary")
            .AuthorAttributes(output.Attributes)
            .Add(new MarkupElement("div")
                .Attr("role", "alert")
                .Add(new MarkupElement("h2", "govuk-error-summary__title").Text(Title))
                .Add(body));
        output.RenderAs(summary);
    }

    private string TargetId(string key)
    {
        var id = BoundField.IdFor(key);

        // A date input has no element with the field's own id to focus; its first input is the day.
        return IsDate(ViewContext.ViewData.ModelMetadata, key) ? id + "-day" : id;
    }

    /// <summary>Follows a key such as <c>Input.Items[2].Due</c> through the model's metadata.</summary>
    private static bool IsDate(ModelMetadata? metadata, string key)
    {
        foreach (var segment in key.Split('.'))
        {
            if (metadata is null)
            {
                return false;
            }

            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var propertyName = bracket < 0 ? segment : segment[..bracket];
            if (propertyName.Length > 0)
            {
                metadata = metadata.Properties[propertyName];
            }

            foreach (var _ in segment.Where(c => c == '['))
            {
                metadata = metadata?.ElementMetadata;
            }
        }

        return metadata is not null && DateParts.IsDate(metadata.ModelType);
    }
}
