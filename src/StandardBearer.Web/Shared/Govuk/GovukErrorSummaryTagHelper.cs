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

        var root = ViewContext.ViewData.ModelMetadata;
        var fields = modelState
            .Where(pair => pair.Value is { Errors.Count: > 0 })
            .Select(pair => (pair.Key, pair.Value!.Errors, Location: FieldLocation.Find(root, pair.Key)))

            // Model state keeps its keys in its own order; GOV.UK lists errors in the order of the
            // questions, which is the order the model declares its properties.
            .OrderBy(field => field.Location.Position, FieldLocation.PositionComparer);

        var list = new MarkupElement("ul", "govuk-list govuk-error-summary__list");
        foreach (var (key, errors, location) in fields)
        {
            foreach (var error in errors)
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
                    item.Add(new MarkupElement("a").Attr("href", "#" + TargetId(key, location)).Text(message));
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

    private static string TargetId(string key, FieldLocation location)
    {
        var id = BoundField.IdFor(key);

        // A date input has no element with the field's own id to focus; its first input is the day.
        return location.Metadata is { } metadata && DateParts.IsDate(metadata.ModelType) ? id + "-day" : id;
    }
}
