using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// <c>&lt;govuk-table caption="…" caption-class="govuk-table__caption--m"&gt;</c> with <c>govuk-table-head</c>,
/// <c>govuk-table-body</c>, <c>govuk-table-row</c>, <c>govuk-table-header</c> and <c>govuk-table-cell</c>
/// inside, so pages get GOV.UK's classes without having to remember them.
/// </summary>
[HtmlTargetElement("govuk-table")]
public sealed class GovukTableTagHelper : TagHelper
{
    [HtmlAttributeName("caption")]
    public string? Caption { get; set; }

    /// <summary>Caption size, such as <c>govuk-table__caption--m</c>.</summary>
    [HtmlAttributeName("caption-class")]
    public string? CaptionClass { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var table = new MarkupElement("table", "govuk-table")
            .AuthorAttributes(output.Attributes)
            .Add(Caption is null ? null : new MarkupElement("caption", "govuk-table__caption").AddClass(CaptionClass).Text(Caption))
            .Add(content);
        output.RenderAs(table);
    }
}

/// <summary>Which part of the table a header sits in decides its default scope.</summary>
internal enum TableSection
{
    Head,
    Body,
}

[HtmlTargetElement("govuk-table-head")]
public sealed class GovukTableHeadTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        context.Items[typeof(TableSection)] = TableSection.Head;
        var content = await output.GetChildContentAsync();
        output.RenderAs(new MarkupElement("thead", "govuk-table__head").AuthorAttributes(output.Attributes).Add(content));
    }
}

[HtmlTargetElement("govuk-table-body")]
public sealed class GovukTableBodyTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        context.Items[typeof(TableSection)] = TableSection.Body;
        var content = await output.GetChildContentAsync();
        output.RenderAs(new MarkupElement("tbody", "govuk-table__body").AuthorAttributes(output.Attributes).Add(content));
    }
}

[HtmlTargetElement("govuk-table-row")]
public sealed class GovukTableRowTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.RenderAs(new MarkupElement("tr", "govuk-table__row").AuthorAttributes(output.Attributes).Add(content));
    }
}

/// <summary>
/// A <c>th</c>. Its scope is <c>col</c> in the head and <c>row</c> in the body (a row's first cell as its
/// header) unless <c>scope</c> says otherwise.
/// </summary>
[HtmlTargetElement("govuk-table-header")]
public sealed class GovukTableHeaderTagHelper : TagHelper
{
    [HtmlAttributeName("numeric")]
    public bool Numeric { get; set; }

    [HtmlAttributeName("scope")]
    public string? Scope { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var inBody = context.Items.TryGetValue(typeof(TableSection), out var section) && section is TableSection.Body;
        var content = await output.GetChildContentAsync();
        output.RenderAs(new MarkupElement("th", "govuk-table__header")
            .AddClass(Numeric ? "govuk-table__header--numeric" : null)
            .Attr("scope", Scope ?? (inBody ? "row" : "col"))
            .AuthorAttributes(output.Attributes)
            .Add(content));
    }
}

/// <summary>A <c>td</c>; <c>numeric="true"</c> right-aligns figures so they can be compared down a column.</summary>
[HtmlTargetElement("govuk-table-cell")]
public sealed class GovukTableCellTagHelper : TagHelper
{
    [HtmlAttributeName("numeric")]
    public bool Numeric { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.RenderAs(new MarkupElement("td", "govuk-table__cell")
            .AddClass(Numeric ? "govuk-table__cell--numeric" : null)
            .AuthorAttributes(output.Attributes)
            .Add(content));
    }
}
