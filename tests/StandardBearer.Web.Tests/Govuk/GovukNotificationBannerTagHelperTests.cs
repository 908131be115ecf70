using System.Net;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukNotificationBannerTagHelperTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with text as html")]
    [InlineData("with type as success")]
    [InlineData("with long heading")]
    [InlineData("with lots of content")]
    [InlineData("custom title")]
    [InlineData("custom title id")]
    [InlineData("custom title id with type as success")]
    [InlineData("html as text")]
    [InlineData("custom role")]
    [InlineData("role=alert overridden to role=region, with type as success")]
    [InlineData("classes")]
    [InlineData("attributes")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("notification-banner", fixtureName);
        var o = fixture.Options;
        o.RequireOnly("type", "text", "html", "titleText", "titleId", "role", "classes", "attributes");
        var helper = new GovukNotificationBannerTagHelper
        {
            Type = o.Text("type"),
            Title = o.Text("titleText"),
            TitleId = o.Text("titleId") ?? "govuk-notification-banner-title",
            Heading = o.Text("text"),
        };
        var node = new TagNode(helper, "govuk-notification-banner", o.Text("html") ?? string.Empty).With(o.Attributes("attributes"));
        if (o.Text("role") is { } role)
        {
            node.With("role", role);
        }

        if (o.Text("classes") is { } classes)
        {
            node.With("class", classes);
        }

        // Act
        var html = await TagHelperRenderer.Render(node);

        // Assert
        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Fact]
    public async Task Render_HeadingAndContent_PutsTheHeadingFirst()
    {
        // Arrange
        var helper = new GovukNotificationBannerTagHelper { Type = "success", Heading = "Training outcome recorded" };
        var node = new TagNode(helper, "govuk-notification-banner", "<p class=\"govuk-body\">Contact <a class=\"govuk-notification-banner__link\" href=\"#\">us</a>.</p>");

        // Act
        var html = await TagHelperRenderer.Render(node);

        // Assert
        Assert.Contains(
            "<p class=\"govuk-notification-banner__heading\">Training outcome recorded</p><p class=\"govuk-body\">",
            html,
            StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("Success"), html, StringComparison.Ordinal);
    }
}
