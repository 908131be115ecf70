using System.Net;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukPanelTagHelperTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("title html as text")]
    [InlineData("body html")]
    [InlineData("classes")]
    [InlineData("attributes")]
    [InlineData("title with no body text")]
    [InlineData("custom heading level")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("panel", fixtureName);
        var o = fixture.Options;
        o.RequireOnly("titleText", "titleHtml", "text", "html", "headingLevel", "classes", "attributes");

        // "Application complete" is the one titleHtml given; it has no markup, so it is plain text for us.
        if (o.Text("titleHtml") is { } titleHtml)
        {
            Assert.DoesNotContain('<', titleHtml);
        }

        var title = o.Text("titleText") ?? o.Text("titleHtml")!;
        var body = o.Text("html") ?? WebUtility.HtmlEncode(o.Text("text") ?? string.Empty);
        var node = new TagNode(new GovukPanelTagHelper { Title = title, HeadingLevel = o.Number("headingLevel") ?? 1 }, "govuk-panel", body)
            .With(o.Attributes("attributes"));
        if (o.Text("classes") is { } classes)
        {
            node.With("class", classes);
        }

        // Act
        var html = await TagHelperRenderer.Render(node);

        // Assert
        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
