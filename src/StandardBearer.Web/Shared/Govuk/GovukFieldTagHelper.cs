using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>A GOV.UK form component bound to a model property through <c>asp-for</c>.</summary>
public abstract class GovukFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    // Without asp-for there is no name, id or model state, and an unmatched element would reach the
    // browser as an unknown tag; failing here names the mistake instead.
    internal BoundField BindField() => For is null
        ? throw new InvalidOperationException($"<{HtmlTargetElementName()}> needs asp-for.")
        : BoundField.Create(ViewContext, For);

    private string HtmlTargetElementName() =>
        GetType().GetCustomAttributes(typeof(HtmlTargetElementAttribute), inherit: false)
            .OfType<HtmlTargetElementAttribute>().FirstOrDefault()?.Tag ?? GetType().Name;
}

/// <summary>A single control introduced by a label (input, textarea, select, file upload).</summary>
public abstract class GovukLabelledFieldTagHelper : GovukFieldTagHelper
{
    /// <summary>Label text; the property's display name when left out.</summary>
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    [HtmlAttributeName("label-is-page-heading")]
    public bool LabelIsPageHeading { get; set; }

    /// <summary>Form group, label, hint and error message, ready for the control to be added last.</summary>
    internal MarkupElement StartFormGroup(BoundField field)
    {
        var hasError = field.ErrorMessage is not null;
        return GovukFormMarkup.FormGroup(hasError)
            .Add(GovukFormMarkup.Label(Label ?? field.DisplayName, field.Id, LabelClass, LabelIsPageHeading))
            .Add(GovukFormMarkup.Hint(field.HintId, Hint))
            .Add(GovukFormMarkup.ErrorMessage(field.ErrorId, field.ErrorMessage));
    }

    internal string? DescribedBy(BoundField field) =>
        GovukFormMarkup.DescribedBy(Hint is null ? null : field.HintId, field.ErrorMessage is null ? null : field.ErrorId);
}

/// <summary>A group of controls introduced by a fieldset legend (radios, checkboxes, date input).</summary>
public abstract class GovukFieldsetFieldTagHelper : GovukFieldTagHelper
{
    /// <summary>Legend text; the property's display name when left out.</summary>
    [HtmlAttributeName("legend")]
    public string? Legend { get; set; }

    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    [HtmlAttributeName("legend-is-page-heading")]
    public bool LegendIsPageHeading { get; set; }

    /// <summary>Fieldset with legend, hint and error message, ready for the controls to be added last.</summary>
    internal MarkupElement StartFieldset(BoundField field, bool isGroup = false)
    {
        var describedBy = GovukFormMarkup.DescribedBy(
            Hint is null ? null : field.HintId,
            field.ErrorMessage is null ? null : field.ErrorId);
        return GovukFormMarkup.Fieldset(describedBy, isGroup)
            .Add(GovukFormMarkup.Legend(Legend ?? field.DisplayName, LegendClass, LegendIsPageHeading))
            .Add(GovukFormMarkup.Hint(field.HintId, Hint))
            .Add(GovukFormMarkup.ErrorMessage(field.ErrorId, field.ErrorMessage));
    }
}
