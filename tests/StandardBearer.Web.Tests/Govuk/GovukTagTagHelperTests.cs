using System.Net;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukTagTagHelperTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("grey")]
    [InlineData("light blue")]
    [InlineData("turquoise")]
    [InlineData("green")]
    [InlineData("purple")]
    [InlineData("pink")]
    [InlineData("red")]
    [InlineData("orange")]
    [InlineData("yellow")]
    [InlineData("attributes")]
    [InlineData("html as text")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("tag", fixtureName);
        var o = fixture.Options;
        o.RequireOnly("text", "classes", "attributes");
        var colour = o.Text("classes")?.Replace("govuk-tag--", string.Empty, StringComparison.Ordinal);
        var node = new TagNode(new GovukTagTagHelper { Colour = colour }, "govuk-tag", WebUtility.HtmlEncode(o.Text("text")!))
            .With(o.Attributes("attributes"));

        // Act
        var html = await TagHelperRenderer.Render(node);

        // Assert
        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
