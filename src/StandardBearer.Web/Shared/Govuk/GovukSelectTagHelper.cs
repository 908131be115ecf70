using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary><c>&lt;govuk-select asp-for="Input.Country" label="…" asp-items="Model.Countries" /&gt;</c>: the GOV.UK select.</summary>
[HtmlTargetElement("govuk-select")]
public sealed class GovukSelectTagHelper : GovukLabelledFieldTagHelper
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    [HtmlAttributeName("select-class")]
    public string? SelectClass { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = BindField();
        var value = field.Value();
        var values = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (value is not null)
        {
            values.Add(value);
        }

        var select = new MarkupElement("select", "govuk-select")
            .AddClass(field.ErrorMessage is null ? null : "govuk-select--error")
            .AddClass(SelectClass)
            .Attr("id", field.Id)
            .Attr("name", field.Name)
            .Attr("aria-describedby", DescribedBy(field))
            .AuthorAttributes(output.Attributes);

        foreach (var item in Items)
        {
            select.Add(new MarkupElement("option")
                .Attr("value", item.Value)
                .Flag("selected", BoundField.IsChosen(item, values, hasValues: value is not null))
                .Flag("disabled", item.Disabled)
                .Text(item.Text));
        }

        output.RenderAs(StartFormGroup(field).Add(select));
    }
}
