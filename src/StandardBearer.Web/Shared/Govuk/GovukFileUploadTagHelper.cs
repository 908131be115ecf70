using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary><c>&lt;govuk-file-upload asp-for="Input.Document" label="Upload a file" /&gt;</c> for an IFormFile property.</summary>
[HtmlTargetElement("govuk-file-upload")]
public sealed class GovukFileUploadTagHelper : GovukLabelledFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = BindField();

        // No value attribute: browsers ignore one on a file input, and a file cannot be redisplayed.
        var input = new MarkupElement("input", "govuk-file-upload", isVoid: true)
            .AddClass(field.ErrorMessage is null ? null : "govuk-file-upload--error")
            .Attr("id", field.Id)
            .Attr("name", field.Name)
            .Attr("type", "file")
            .Attr("aria-describedby", DescribedBy(field))
            .AuthorAttributes(output.Attributes);

        output.RenderAs(StartFormGroup(field).Add(input));
    }
}
