using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

/// <summary>Maps the options shared by the radios and checkboxes fixtures onto our tag helpers.</summary>
internal static class GovukChoicesFixtureMapping
{
    public static readonly string[] Understood =
    [
        "name", "idPrefix", "classes", "attributes", "value", "values", "hint.text", "errorMessage.text",
        "fieldset.legend.text", "fieldset.legend.classes", "fieldset.legend.isPageHeading",
        "items[].value", "items[].text", "items[].checked", "items[].disabled", "items[].hint.text",
    ];

    public static IEnumerable<SelectListItem> Items(FixtureOptions options) =>
        options.Items("items").Select(item => new GovukChoiceItem
        {
            Value = item.Text("value"),
            Text = item.Text("text")!,
            Disabled = item.Flag("disabled"),
            Hint = item.Text("hint.text"),
        });

    /// <summary>GOV.UK marks checked items on the item; we check them from the model's value, as ASP.NET does.</summary>
    public static IEnumerable<string> Checked(FixtureOptions options) =>
        options.Items("items").Where(item => item.Flag("checked")).Select(item => item.Text("value")!);

    /// <summary>GOV.UK's inline modifier is our <c>inline</c> attribute; other classes pass through.</summary>
    public static (bool Inline, string? OtherClasses) Classes(FixtureOptions options, string module)
    {
        var classes = (options.Text("classes") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var others = classes.Where(c => c != module + "--inline").ToArray();
        return (classes.Length != others.Length, others.Length == 0 ? null : string.Join(' ', others));
    }

    public static TagNode Node<THelper>(THelper helper, string tagName, FixtureOptions options, string module)
        where THelper : GovukChoicesTagHelper
    {
        var (inline, otherClasses) = Classes(options, module);
        helper.Inline = inline;
        helper.Legend = options.Text("fieldset.legend.text");
        helper.LegendClass = options.Text("fieldset.legend.classes");
        helper.LegendIsPageHeading = options.Flag("fieldset.legend.isPageHeading");
        helper.Hint = options.Text("hint.text");
        helper.Items = [.. Items(options)];
        var node = new TagNode(helper, tagName).With(options.Attributes("attributes"));
        return otherClasses is null ? node : node.With("class", otherClasses);
    }
}
