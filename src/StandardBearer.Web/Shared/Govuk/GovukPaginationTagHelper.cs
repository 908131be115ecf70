using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// <c>&lt;govuk-pagination current-page="3" total-pages="10" href-format="?page={0}" /&gt;</c>: previous and next
/// links with numbered pages between. Renders nothing when there is only one page.
/// </summary>
[HtmlTargetElement("govuk-pagination")]
public sealed class GovukPaginationTagHelper : TagHelper
{
    private static readonly HtmlString PreviousIcon = new(
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">" +
        "<path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg>");

    private static readonly HtmlString NextIcon = new(
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">" +
        "<path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg>");

    [HtmlAttributeName("current-page")]
    public int CurrentPage { get; set; } = 1;

    [HtmlAttributeName("total-pages")]
    public int TotalPages { get; set; }

    /// <summary>A composite format string with the page number as {0}, such as <c>?page={0}</c>.</summary>
    [HtmlAttributeName("href-format")]
    public string HrefFormat { get; set; } = "?page={0}";

    /// <summary>Names the navigation landmark; needs changing only when a page has two paginations.</summary>
    [HtmlAttributeName("landmark-label")]
    public string LandmarkLabel { get; set; } = "Pagination";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (TotalPages <= 1)
        {
            output.SuppressOutput();
            return;
        }

        var current = Math.Clamp(CurrentPage, 1, TotalPages);
        var nav = new MarkupElement("nav", "govuk-pagination").Attr("aria-label", LandmarkLabel).AuthorAttributes(output.Attributes);
        if (current > 1)
        {
            nav.Add(new MarkupElement("div", "govuk-pagination__prev")
                .Add(new MarkupElement("a", "govuk-link govuk-pagination__link")
                    .Attr("href", Href(current - 1))
                    .Attr("rel", "prev")
                    .Add(PreviousIcon)
                    .Add(LinkTitle("Previous"))));
        }

        var list = new MarkupElement("ul", "govuk-pagination__list");
        foreach (var page in PaginationPages.For(current, TotalPages))
        {
            if (page is not { } number)
            {
                list.Add(new MarkupElement("li", "govuk-pagination__item govuk-pagination__item--ellipsis").Text("\u22ef"));
                continue;
            }

            var text = number.ToString(CultureInfo.InvariantCulture);
            var isCurrent = number == current;
            list.Add(new MarkupElement("li", "govuk-pagination__item")
                .AddClass(isCurrent ? "govuk-pagination__item--current" : null)
                .Add(new MarkupElement("a", "govuk-link govuk-pagination__link")
                    .Attr("href", Href(number))
                    .Attr("aria-label", "Page " + text)
                    .Attr("aria-current", isCurrent ? "page" : null)
                    .Text(text)));
        }

        nav.Add(list);
        if (current < TotalPages)
        {
            nav.Add(new MarkupElement("div", "govuk-pagination__next")
                .Add(new MarkupElement("a", "govuk-link govuk-pagination__link")
                    .Attr("href", Href(current + 1))
                    .Attr("rel", "next")
                    .Add(LinkTitle("Next"))
                    .Add(NextIcon)));
        }

        output.RenderAs(nav);
    }

    private string Href(int page) => string.Format(CultureInfo.InvariantCulture, HrefFormat, page);

    private static MarkupElement LinkTitle(string text) =>
        new MarkupElement("span", "govuk-pagination__link-title")
            .Text(text)
            .Add(new MarkupElement("span", "govuk-visually-hidden").Text(" page"));
}

/// <summary>Which page numbers a pagination shows.</summary>
internal static class PaginationPages
{
    /// <summary>
    /// GOV.UK's rule: the first and last pages, the current page and one either side of it, with an
    /// ellipsis (null) for each run of skipped pages. A run of one page is shown instead, since an
    /// ellipsis would take the same room and hide it.
    /// </summary>
    public static IReadOnlyList<int?> For(int current, int total)
    {
        var shown = new SortedSet<int> { 1, total, current - 1, current, current + 1 };
        shown.RemoveWhere(page => page < 1 || page > total);

        var pages = new List<int?>();
        var previous = 0;
        foreach (var page in shown)
        {
            if (page - previous == 2)
            {
                pages.Add(previous + 1);
            }
            else if (page - previous > 2)
            {
                pages.Add(null);
            }

            pages.Add(page);
            previous = page;
        }

        return pages;
    }
}
