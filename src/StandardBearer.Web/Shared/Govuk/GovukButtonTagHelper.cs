using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// <c>&lt;govuk-button&gt;Save and continue&lt;/govuk-button&gt;</c>, or with <c>href</c> a link styled as a button.
/// <c>class</c> adds modifiers (<c>govuk-button--secondary</c>, <c>govuk-button--warning</c>); name, value,
/// id and other attributes pass through.
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class GovukButtonTagHelper : TagHelper
{
    private static readonly HtmlString StartIcon = new(
        "<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\">" +
        "<path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg>");

    [HtmlAttributeName("type")]
    public string Type { get; set; } = "submit";

    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    /// <summary>Sets <c>data-prevent-double-click</c>, which GOV.UK's JavaScript reads.</summary>
    [HtmlAttributeName("prevent-double-click")]
    public bool? PreventDoubleClick { get; set; }

    [HtmlAttributeName("disabled")]
    public bool Disabled { get; set; }

    [HtmlAttributeName("is-start-button")]
    public bool IsStartButton { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var element = Href is null
            ? new MarkupElement("button", "govuk-button")
                .Attr("type", Type)
                .Flag("disabled", Disabled)
                .Attr("aria-disabled", Disabled ? "true" : null)
                .Attr("data-prevent-double-click", PreventDoubleClick switch { true => "true", false => "false", null => null })
            : new MarkupElement("a", "govuk-button")
                .Attr("href", Href)
                .Attr("role", "button")
                .Attr("draggable", "false");

        element
            .AddClass(IsStartButton ? "govuk-button--start" : null)
            .Attr("data-module", "govuk-button")
            .AuthorAttributes(output.Attributes)
            .Add(content)
            .Add(IsStartButton ? StartIcon : null);
        output.RenderAs(element);
    }
}

/// <summary><c>&lt;govuk-button-group&gt;</c> lays out buttons and links side by side.</summary>
[HtmlTargetElement("govuk-button-group")]
public sealed class GovukButtonGroupTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.RenderAs(new MarkupElement("div", "govuk-button-group").AuthorAttributes(output.Attributes).Add(content));
    }
}
