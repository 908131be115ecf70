using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// <c>&lt;govuk-date-input asp-for="Input.DateOfBirth" legend="…" hint="For example, 27 3 2007" /&gt;</c> for a
/// DateOnly or DateOnly? property. Posts <c>&lt;name&gt;.Day</c>, <c>.Month</c> and <c>.Year</c>, which
/// <see cref="DateOnlyModelBinder"/> reads back.
/// </summary>
[HtmlTargetElement("govuk-date-input")]
public sealed class GovukDateInputTagHelper : GovukFieldsetFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = BindField();
        if (!DateParts.IsDate(For.Metadata.ModelType))
        {
            throw new InvalidOperationException(
                $"<govuk-date-input> needs a DateOnly or DateOnly? property; '{field.Name}' is {For.Metadata.ModelType.Name}.");
        }

        var hasError = field.ErrorMessage is not null;
        var highlighted = hasError ? PartsToHighlight(field) : [];
        var date = field.Explorer.Model as DateOnly?;

        var inputs = new MarkupElement("div", "govuk-date-input").Attr("id", field.Id).AuthorAttributes(output.Attributes);
        foreach (var part in DateParts.All)
        {
            var id = field.Id + "-" + part.IdSuffix;
            var value = PartValue(field, part, date);
            inputs.Add(new MarkupElement("div", "govuk-date-input__item")
                .Add(new MarkupElement("div", "govuk-form-group")
                    .Add(new MarkupElement("label", "govuk-label govuk-date-input__label").Attr("for", id).Text(part.Label))
                    .Add(new MarkupElement("input", "govuk-input govuk-date-input__input", isVoid: true)
                        .AddClass(part.WidthClass)
                        .AddClass(highlighted.Contains(part) ? "govuk-input--error" : null)
                        .Attr("id", id)
                        .Attr("name", DateParts.NameOf(field.Name, part))
                        .Attr("type", "text")
                        .Attr("inputmode", "numeric")
                        .Attr("value", string.IsNullOrEmpty(value) ? null : value))));
        }

        output.RenderAs(GovukFormMarkup.FormGroup(hasError).Add(StartFieldset(field, isGroup: true).Add(inputs)));
    }

    private string? PartValue(BoundField field, DatePart part, DateOnly? date)
    {
        // After a failed post show exactly what was typed, even "31" in February or "x".
        if (ViewContext.ViewData.ModelState.TryGetValue(DateParts.NameOf(field.Name, part), out var entry) && entry.RawValue is not null)
        {
            return entry.AttemptedValue;
        }

        return date is not { } d
            ? null
            : part.Suffix switch
            {
                "Day" => d.Day.ToString(CultureInfo.InvariantCulture),
                "Month" => d.Month.ToString(CultureInfo.InvariantCulture),
                _ => d.Year.ToString(CultureInfo.InvariantCulture),
            };
    }

    /// <summary>
    /// GOV.UK highlights only the inputs that are wrong. The binder marks those parts invalid in
    /// model state; when nothing says which part is wrong (a [Required] error, say) all three are.
    /// </summary>
    private HashSet<DatePart> PartsToHighlight(BoundField field)
    {
        var modelState = ViewContext.ViewData.ModelState;
        var marked = DateParts.All
            .Where(part => modelState.TryGetValue(DateParts.NameOf(field.Name, part), out var entry)
                && entry.ValidationState == ModelValidationState.Invalid)
            .ToHashSet();
        return marked.Count > 0 ? marked : DateParts.All.ToHashSet();
    }
}
