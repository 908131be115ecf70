using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// Radios and checkboxes: the same fieldset, the same item markup, and GOV.UK's id scheme where the
/// first item takes the field's id (so an error summary link lands on it) and later ones add -2, -3….
/// Attributes not listed here (such as a <c>class</c> of <c>govuk-radios--small</c>) go onto the items' container.
/// </summary>
public abstract class GovukChoicesTagHelper : GovukFieldsetFieldTagHelper
{
    /// <summary>The options; use <see cref="GovukChoiceItem"/> for one with a hint.</summary>
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    private protected abstract string Module { get; }

    private protected abstract string InputType { get; }

    private protected abstract IReadOnlySet<string> ChosenValues(BoundField field);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = BindField();
        var chosen = ChosenValues(field);

        var choices = new MarkupElement("div", Module)
            .AddClass(Inline ? Module + "--inline" : null)
            .Attr("data-module", Module)
            .AuthorAttributes(output.Attributes);

        var index = 0;
        foreach (var item in Items)
        {
            index++;
            var id = index == 1 ? field.Id : field.Id + "-" + index.ToString(CultureInfo.InvariantCulture);
            var hint = (item as GovukChoiceItem)?.Hint;
            var hintId = hint is null ? null : id + "-item-hint";
            choices.Add(new MarkupElement("div", Module + "__item")
                .Add(new MarkupElement("input", Module + "__input", isVoid: true)
                    .Attr("id", id)
                    .Attr("name", field.Name)
                    .Attr("type", InputType)
                    .Attr("value", item.Value ?? item.Text)
                    .Flag("checked", BoundField.IsChosen(item, chosen, hasValues: chosen.Count > 0))
                    .Flag("disabled", item.Disabled)
                    .Attr("aria-describedby", hintId))
                .Add(new MarkupElement("label", "govuk-label " + Module + "__label").Attr("for", id).Text(item.Text))
                .Add(hint is null ? null : new MarkupElement("div", "govuk-hint " + Module + "__hint").Attr("id", hintId).Text(hint)));
        }

        var group = GovukFormMarkup.FormGroup(field.ErrorMessage is not null)
            .Add(StartFieldset(field).Add(choices));
        output.RenderAs(group);
    }
}

/// <summary>An option for radios or checkboxes that has a hint of its own under its label.</summary>
public class GovukChoiceItem : SelectListItem
{
    public string? Hint { get; set; }
}

/// <summary><c>&lt;govuk-radios asp-for="Input.Answer" legend="…" asp-items="Model.Answers" /&gt;</c>: one choice.</summary>
[HtmlTargetElement("govuk-radios")]
public sealed class GovukRadiosTagHelper : GovukChoicesTagHelper
{
    private protected override string Module => "govuk-radios";

    private protected override string InputType => "radio";

    private protected override IReadOnlySet<string> ChosenValues(BoundField field) =>
        field.Value() is { } value
            ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) { value }
            : new HashSet<string>();
}

/// <summary>
/// <c>&lt;govuk-checkboxes asp-for="Input.Topics" legend="…" asp-items="Model.Topics" /&gt;</c>: any number of
/// choices, bound to a collection of strings or enums.
/// </summary>
[HtmlTargetElement("govuk-checkboxes")]
public sealed class GovukCheckboxesTagHelper : GovukChoicesTagHelper
{
    private protected override string Module => "govuk-checkboxes";

    private protected override string InputType => "checkbox";

    private protected override IReadOnlySet<string> ChosenValues(BoundField field) => field.Values();
}
