using System.Net;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukSummaryListTagHelperTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with actions")]
    [InlineData("with some actions")]
    [InlineData("no-border")]
    [InlineData("extreme")]
    [InlineData("single action with anchor")]
    [InlineData("classes on items")]
    [InlineData("empty items array")]
    [InlineData("rows with classes")]
    [InlineData("actions href")]
    [InlineData("attributes")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("summary-list", fixtureName);
        var o = fixture.Options;
        o.RequireOnly(
            "classes", "attributes", "rows[].classes", "rows[].key.text", "rows[].value.text", "rows[].value.html",
            "rows[].actions.items[].href", "rows[].actions.items[].text", "rows[].actions.items[].visuallyHiddenText", "rows[].actions.items[].classes");
        var rows = o.Items("rows").Select(row =>
        {
            var children = new List<object> { row.Text("value.html") ?? WebUtility.HtmlEncode(row.Text("value.text")!) };
            foreach (var action in row.Items("actions.items"))
            {
                var link = new TagNode(
                    new GovukSummaryListActionTagHelper { Href = action.Text("href")!, VisuallyHiddenText = action.Text("visuallyHiddenText") },
                    "govuk-summary-list-action",
                    WebUtility.HtmlEncode(action.Text("text")!));
                children.Add(action.Text("classes") is { } linkClasses ? link.With("class", linkClasses) : link);
            }

            var node = new TagNode(new GovukSummaryListRowTagHelper { Key = row.Text("key.text")! }, "govuk-summary-list-row", [.. children]);
            return (object)(row.Text("classes") is { } rowClasses ? node.With("class", rowClasses) : node);
        });
        var list = new TagNode(new GovukSummaryListTagHelper(), "govuk-summary-list", [.. rows]).With(o.Attributes("attributes"));
        if (o.Text("classes") is { } classes)
        {
            list.With("class", classes);
        }

        // Act
        var html = await TagHelperRenderer.Render(list);

        // Assert
        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Fact]
    public async Task Render_RowOutsideList_ThrowsSayingWhereItBelongs()
    {
        // Arrange
        var row = new TagNode(new GovukSummaryListRowTagHelper { Key = "Name" }, "govuk-summary-list-row", "Sarah");

        // Act
        var exception = await Record.ExceptionAsync(() => TagHelperRenderer.Render(row));

        // Assert
        Assert.Contains("<govuk-summary-list>", Assert.IsType<InvalidOperationException>(exception).Message, StringComparison.Ordinal);
    }
}
