using System.Net;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukTableTagHelperTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with head")]
    [InlineData("with head and caption")]
    [InlineData("with firstCellIsHeader true")]
    [InlineData("with small text modifier for tables with a lot of data")]
    [InlineData("classes")]
    [InlineData("attributes")]
    [InlineData("head with classes")]
    [InlineData("head with rowspan and colspan")]
    [InlineData("head with attributes")]
    [InlineData("firstCellIsHeader with classes")]
    [InlineData("rows with classes")]
    [InlineData("rows with rowspan and colspan")]
    [InlineData("html as text")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("table", fixtureName);
        var o = fixture.Options;
        string[] cellOptions = ["text", "format", "classes", "rowspan", "colspan", "attributes"];
        o.RequireOnly(
            [
                "caption", "captionClasses", "firstCellIsHeader", "classes", "attributes",
                .. cellOptions.Select(c => "head[]." + c),
                .. cellOptions.Select(c => "rows[][]." + c),
            ]);

        var children = new List<object>();
        var head = o.Items("head");
        if (head.Count > 0)
        {
            var headerCells = head.Select(cell => Cell(new GovukTableHeaderTagHelper { Numeric = IsNumeric(cell) }, "govuk-table-header", cell));
            children.Add(new TagNode(new GovukTableHeadTagHelper(), "govuk-table-head", new TagNode(new GovukTableRowTagHelper(), "govuk-table-row", [.. headerCells])));
        }

        var rows = o.Table("rows").Select(row => (object)new TagNode(
            new GovukTableRowTagHelper(),
            "govuk-table-row",
            [.. row.Select((cell, i) => i == 0 && o.Flag("firstCellIsHeader")
                ? Cell(new GovukTableHeaderTagHelper { Numeric = IsNumeric(cell) }, "govuk-table-header", cell)
                : Cell(new GovukTableCellTagHelper { Numeric = IsNumeric(cell) }, "govuk-table-cell", cell))]));
        children.Add(new TagNode(new GovukTableBodyTagHelper(), "govuk-table-body", [.. rows]));

        var table = new TagNode(
            new GovukTableTagHelper { Caption = o.Text("caption"), CaptionClass = o.Text("captionClasses") },
            "govuk-table",
            [.. children]).With(o.Attributes("attributes"));
        if (o.Text("classes") is { } classes)
        {
            table.With("class", classes);
        }

        // Act
        var html = await TagHelperRenderer.Render(table);

        // Assert
        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Fact]
    public async Task Render_HeaderWithExplicitScope_UsesIt()
    {
        // Arrange
        var header = new TagNode(new GovukTableHeaderTagHelper { Scope = "colgroup" }, "govuk-table-header", "2024");
        var table = new TagNode(new GovukTableTagHelper(), "govuk-table", new TagNode(new GovukTableHeadTagHelper(), "govuk-table-head", new TagNode(new GovukTableRowTagHelper(), "govuk-table-row", header)));

        // Act
        var html = await TagHelperRenderer.Render(table);

        // Assert
        Assert.Contains("<th class=\"govuk-table__header\" scope=\"colgroup\">2024</th>", html, StringComparison.Ordinal);
    }

    private static bool IsNumeric(FixtureOptions cell) => cell.Text("format") == "numeric";

    private static TagNode Cell(Microsoft.AspNetCore.Razor.TagHelpers.ITagHelper helper, string tagName, FixtureOptions cell)
    {
        var node = new TagNode(helper, tagName, WebUtility.HtmlEncode(cell.Text("text")!)).With(cell.Attributes("attributes"));
        foreach (var name in new[] { "classes", "rowspan", "colspan" })
        {
            if (cell.Text(name) is { } value)
            {
                node.With(name == "classes" ? "class" : name, value);
            }
        }

        return node;
    }
}
