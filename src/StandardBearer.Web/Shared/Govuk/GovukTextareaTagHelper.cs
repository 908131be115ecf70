using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary><c>&lt;govuk-textarea asp-for="Input.Detail" label="…" rows="5" /&gt;</c>: the GOV.UK textarea.</summary>
[HtmlTargetElement("govuk-textarea")]
public sealed class GovukTextareaTagHelper : GovukLabelledFieldTagHelper
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    [HtmlAttributeName("textarea-class")]
    public string? TextareaClass { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = BindField();
        var value = field.Value();

        var textarea = new MarkupElement("textarea", "govuk-textarea")
            .AddClass(field.ErrorMessage is null ? null : "govuk-textarea--error")
            .AddClass(TextareaClass)
            .Attr("id", field.Id)
            .Attr("name", field.Name)
            .Attr("rows", Rows.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Attr("aria-describedby", DescribedBy(field))
            .Attr("autocomplete", Autocomplete)
            .Attr("spellcheck", Spellcheck switch { true => "true", false => "false", null => null })
            .AuthorAttributes(output.Attributes)

            // Browsers drop one newline straight after <textarea>; writing one (unencoded, as ASP.NET
            // does) keeps a value's own leading newline.
            .Add(string.IsNullOrEmpty(value) ? null : new HtmlString("\n"))
            .Text(string.IsNullOrEmpty(value) ? null : value);

        output.RenderAs(StartFormGroup(field).Add(textarea));
    }
}
