using System.Net;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukButtonTagHelperTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("disabled")]
    [InlineData("link")]
    [InlineData("start")]
    [InlineData("secondary")]
    [InlineData("warning")]
    [InlineData("inverse")]
    [InlineData("attributes")]
    [InlineData("classes")]
    [InlineData("name")]
    [InlineData("type")]
    [InlineData("value")]
    [InlineData("prevent double click")]
    [InlineData("don't prevent double click")]
    [InlineData("start link")]
    [InlineData("explicit link")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("button", fixtureName);
        var o = fixture.Options;
        o.RequireOnly("text", "element", "href", "classes", "name", "value", "type", "disabled", "isStartButton", "preventDoubleClick", "attributes");
        var element = o.Text("element") ?? (o.Text("href") is null ? "button" : "a");
        Assert.True(element == "button" || (element == "a" && o.Text("href") is not null), "We render a link only when there is an href.");
        var helper = new GovukButtonTagHelper
        {
            Href = element == "a" ? o.Text("href") : null,
            Type = o.Text("type") ?? "submit",
            Disabled = o.Flag("disabled"),
            IsStartButton = o.Flag("isStartButton"),
            PreventDoubleClick = o.OptionalFlag("preventDoubleClick"),
        };
        var node = new TagNode(helper, "govuk-button", WebUtility.HtmlEncode(o.Text("text") ?? string.Empty)).With(o.Attributes("attributes"));
        foreach (var passThrough in new[] { "classes", "name", "value" })
        {
            if (o.Text(passThrough) is { } value)
            {
                node.With(passThrough == "classes" ? "class" : passThrough, value);
            }
        }

        // Act
        var html = await TagHelperRenderer.Render(node);

        // Assert
        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Fact]
    public async Task Render_ButtonGroup_WrapsButtonsAndLinks()
    {
        // Arrange
        var group = new TagNode(
            new GovukButtonGroupTagHelper(),
            "govuk-button-group",
            new TagNode(new GovukButtonTagHelper(), "govuk-button", "Continue"),
            "<a class=\"govuk-link\" href=\"/cancel\">Cancel</a>");

        // Act
        var html = await TagHelperRenderer.Render(group);

        // Assert
        HtmlAssert.Equivalent(
            """
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
              <a class="govuk-link" href="/cancel">Cancel</a>
            </div>
            """,
            html);
    }
}
