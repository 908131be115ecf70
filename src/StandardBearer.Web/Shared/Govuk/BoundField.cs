using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// What a form component needs to know about the property its <c>asp-for</c> points at:
/// the posted name, the id ASP.NET would give it, its errors and the value to show.
/// </summary>
internal sealed class BoundField
{
    private BoundField(string name, ModelExplorer explorer, ModelStateEntry? entry)
    {
        Name = name;
        Id = IdFor(name);
        Explorer = explorer;
        Entry = entry;
    }

    public string Name { get; }

    public string Id { get; }

    public string HintId => Id + "-hint";

    public string ErrorId => Id + "-error";

    public ModelExplorer Explorer { get; }

    public ModelStateEntry? Entry { get; }

    public string DisplayName => Explorer.Metadata.GetDisplayName();

    /// <summary>GOV.UK shows one message per field: the first, which is the one raised first.</summary>
    public string? ErrorMessage => Entry is { Errors.Count: > 0 } ? MessageOf(Entry.Errors[0]) : null;

    public static BoundField Create(ViewContext viewContext, ModelExpression expression)
    {
        var name = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        viewContext.ViewData.ModelState.TryGetValue(name, out var entry);
        return new BoundField(name, expression.ModelExplorer, entry);
    }

    /// <summary>The same id as ASP.NET's <c>Html.GenerateIdFromName</c>: '.', '[' and ']' become '_'.</summary>
    public static string IdFor(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public static string MessageOf(ModelError error) =>
        string.IsNullOrEmpty(error.ErrorMessage) ? "Enter a valid value" : error.ErrorMessage;

    /// <summary>What the user posted when there is something to redisplay, otherwise the model's value.</summary>
    public string? Value()
    {
        if (Entry?.RawValue is not null)
        {
            return Entry.AttemptedValue;
        }

        return Format(Explorer.Model, Explorer.Metadata.EditFormatString);
    }

    /// <summary>The selected values of a multiple-choice field (checkboxes bound to a collection).</summary>
    public IReadOnlySet<string> Values()
    {
        var values = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        switch (Entry?.RawValue)
        {
            case string[] posted:
                values.UnionWith(posted);
                return values;
            case string single:
                values.Add(single);
                return values;
        }

        switch (Explorer.Model)
        {
            case null:
                break;
            case string single:
                values.Add(single);
                break;
            case IEnumerable many:
                foreach (var item in many)
                {
                    if (Format(item, null) is { } text)
                    {
                        values.Add(text);
                    }
                }

                break;
            default:
                if (Format(Explorer.Model, null) is { } value)
                {
                    values.Add(value);
                }

                break;
        }

        return values;
    }

    /// <summary>
    /// Whether an option is chosen. Matches case-insensitively, as ASP.NET's own select does, so a
    /// bool model matches options valued "true"/"false".
    /// </summary>
    public static bool IsChosen(SelectListItem item, IReadOnlySet<string> values, bool hasValues) =>
        hasValues ? values.Contains(item.Value ?? item.Text) : item.Selected;

    // Current culture, because that is what the form value provider parses posted values with.
    private static string? Format(object? value, string? format) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        _ when !string.IsNullOrEmpty(format) => string.Format(CultureInfo.CurrentCulture, format, value),
        _ => Convert.ToString(value, CultureInfo.CurrentCulture),
    };
}
