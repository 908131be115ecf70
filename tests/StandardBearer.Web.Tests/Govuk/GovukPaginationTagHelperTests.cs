using System.Globalization;
using AngleSharp.Html.Parser;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukPaginationTagHelperTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("first page")]
    [InlineData("last page")]
    [InlineData("with custom navigation landmark")]
    [InlineData("with custom classes")]
    [InlineData("with custom attributes")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("pagination", fixtureName);
        var o = fixture.Options;
        o.RequireOnly("previous.href", "next.href", "items[].number", "items[].href", "items[].current", "landmarkLabel", "classes", "attributes");
        var items = o.Items("items");
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal($"/page/{i + 1}", items[i].Text("href"));
        }

        var current = items.Select((item, i) => (item, i)).Single(x => x.item.Flag("current")).i + 1;
        var helper = new GovukPaginationTagHelper
        {
            CurrentPage = current,
            TotalPages = items.Count,
            HrefFormat = "/page/{0}",
            LandmarkLabel = o.Text("landmarkLabel") ?? "Pagination",
        };
        var node = new TagNode(helper, "govuk-pagination").With(o.Attributes("attributes"));
        if (o.Text("classes") is { } classes)
        {
            node.With("class", classes);
        }

        // Our previous and next links come from href-format too, where the fixture made them up.
        var expected = fixture.Html
            .Replace("href=\"/previous\"", $"href=\"/page/{current - 1}\"", StringComparison.Ordinal)
            .Replace("href=\"/next\"", $"href=\"/page/{current + 1}\"", StringComparison.Ordinal);

        // Act
        var html = await TagHelperRenderer.Render(node);

        // Assert
        HtmlAssert.Equivalent(expected, html);
    }

    [Theory]
    [InlineData(1, "[1] 2 … 10 next")]
    [InlineData(5, "prev 1 … 4 [5] 6 … 10 next")]
    [InlineData(10, "prev 1 … 9 [10]")]
    [InlineData(3, "prev 1 2 [3] 4 … 10 next")]
    [InlineData(4, "prev 1 2 3 [4] 5 … 10 next")]
    public async Task Render_PageOfTen_ShowsGovukEllipsisPattern(int currentPage, string expected)
    {
        // Arrange
        var helper = new GovukPaginationTagHelper { CurrentPage = currentPage, TotalPages = 10, HrefFormat = "?page={0}" };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-pagination");

        // Assert
        Assert.Equal(expected, Outline(html));
    }

    [Fact]
    public async Task Render_EachPageLink_HasPageLabelAndHrefFromFormat()
    {
        // Arrange
        var helper = new GovukPaginationTagHelper { CurrentPage = 2, TotalPages = 3, HrefFormat = "/standards?q=a&page={0}" };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-pagination");

        // Assert
        Assert.Contains("href=\"/standards?q=a&amp;page=3\" aria-label=\"Page 3\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/standards?q=a&amp;page=2\" aria-label=\"Page 2\" aria-current=\"page\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Render_OnePageOrNone_RendersNothing(int totalPages)
    {
        // Arrange
        var helper = new GovukPaginationTagHelper { CurrentPage = 1, TotalPages = totalPages };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-pagination");

        // Assert
        Assert.Equal(string.Empty, html);
    }

    /// <summary>"prev 1 … 4 [5] 6 … 10 next": what a sighted user sees, with the current page in brackets.</summary>
    private static string Outline(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var parts = new List<string>();
        if (document.QuerySelector("a[rel=prev]") is not null)
        {
            parts.Add("prev");
        }

        foreach (var item in document.QuerySelectorAll(".govuk-pagination__item"))
        {
            var text = item.TextContent.Trim();
            parts.Add(item.ClassList.Contains("govuk-pagination__item--ellipsis") ? "…"
                : item.QuerySelector("[aria-current=page]") is not null ? $"[{text}]"
                : text);
            if (!item.ClassList.Contains("govuk-pagination__item--ellipsis"))
            {
                Assert.Equal("Page " + text, item.QuerySelector("a")!.GetAttribute("aria-label"));
                Assert.Equal("?page=" + text, item.QuerySelector("a")!.GetAttribute("href"));
            }
        }

        if (document.QuerySelector("a[rel=next]") is not null)
        {
            parts.Add("next");
        }

        return string.Join(' ', parts);
    }
}

public sealed class PaginationPagesTests
{
    [Theory]
    [InlineData(1, 2, "1 2")]
    [InlineData(1, 3, "1 2 3")]
    [InlineData(2, 5, "1 2 3 4 5")]
    [InlineData(2, 6, "1 2 3 … 6")]
    [InlineData(3, 5, "1 2 3 4 5")]
    [InlineData(7, 42, "1 … 6 7 8 … 42")]
    [InlineData(41, 42, "1 … 40 41 42")]
    public void For_CurrentAndTotal_KeepsFirstLastAndNeighbours(int current, int total, string expected)
    {
        // Act
        var pages = PaginationPages.For(current, total);

        // Assert
        Assert.Equal(expected, string.Join(' ', pages.Select(p => p?.ToString(CultureInfo.InvariantCulture) ?? "…")));
    }
}
