using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// <c>&lt;govuk-input asp-for="Input.Email" label="Email address" type="email" /&gt;</c>: the GOV.UK text input.
/// Attributes not listed here (maxlength, pattern, data-*) go onto the input element.
/// </summary>
[HtmlTargetElement("govuk-input")]
public sealed class GovukInputTagHelper : GovukLabelledFieldTagHelper
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? Inputmode { get; set; }

    /// <summary>Modifier classes for the input, such as <c>govuk-input--width-20</c>.</summary>
    [HtmlAttributeName("input-class")]
    public string? InputClass { get; set; }

    [HtmlAttributeName("prefix")]
    public string? Prefix { get; set; }

    [HtmlAttributeName("suffix")]
    public string? Suffix { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = BindField();
        var isPassword = string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase);

        // A password is never written back into the page, not even after a failed post.
        var value = isPassword ? null : field.Value();

        var input = new MarkupElement("input", "govuk-input", isVoid: true)
            .AddClass(field.ErrorMessage is null ? null : "govuk-input--error")
            .AddClass(InputClass)
            .Attr("id", field.Id)
            .Attr("name", field.Name)
            .Attr("type", Type)
            .Attr("value", string.IsNullOrEmpty(value) ? null : value)
            .Attr("aria-describedby", DescribedBy(field))
            .Attr("autocomplete", Autocomplete)
            .Attr("spellcheck", Spellcheck switch { true => "true", false => "false", null => null })
            .Attr("inputmode", Inputmode)
            .AuthorAttributes(output.Attributes);

        var group = StartFormGroup(field);
        if (Prefix is null && Suffix is null)
        {
            group.Add(input);
        }
        else
        {
            group.Add(new MarkupElement("div", "govuk-input__wrapper")
                .Add(Prefix is null ? null : new MarkupElement("div", "govuk-input__prefix").Attr("aria-hidden", "true").Text(Prefix))
                .Add(input)
                .Add(Suffix is null ? null : new MarkupElement("div", "govuk-input__suffix").Attr("aria-hidden", "true").Text(Suffix)));
        }

        output.RenderAs(group);
    }
}
