using System.Net;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

/// <summary>The small components whose content is written by the page: back link, inset text, warning text, details.</summary>
public sealed class GovukContentTagHelpersTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("inverse")]
    [InlineData("with custom text and link")]
    [InlineData("html as text")]
    [InlineData("attributes")]
    public async Task RenderBackLink_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("back-link", fixtureName);
        var o = fixture.Options;
        o.RequireOnly("href", "text", "classes", "attributes");
        var node = WithClasses(
            new TagNode(new GovukBackLinkTagHelper { Href = o.Text("href") ?? "#" }, "govuk-back-link", WebUtility.HtmlEncode(o.Text("text") ?? string.Empty)),
            o);

        // Act
        var html = await TagHelperRenderer.Render(node);

        // Assert
        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("with html")]
    [InlineData("classes")]
    [InlineData("id")]
    [InlineData("attributes")]
    public async Task RenderInsetText_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("inset-text", fixtureName);
        var o = fixture.Options;
        o.RequireOnly("text", "html", "id", "classes", "attributes");
        var node = WithClasses(new TagNode(new GovukInsetTextTagHelper(), "govuk-inset-text", Content(o)), o);

        // Act
        var html = await TagHelperRenderer.Render(node);

        // Assert
        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("multiple lines")]
    [InlineData("attributes")]
    [InlineData("classes")]
    [InlineData("html as text")]
    public async Task RenderWarningText_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("warning-text", fixtureName);
        var o = fixture.Options;
        o.RequireOnly("text", "iconFallbackText", "classes", "attributes");
        var helper = new GovukWarningTextTagHelper { IconFallbackText = o.Text("iconFallbackText") ?? "Warning" };
        var node = WithClasses(new TagNode(helper, "govuk-warning-text", Content(o)), o);

        // Act
        var html = await TagHelperRenderer.Render(node);

        // Assert
        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("expanded")]
    [InlineData("with html")]
    [InlineData("id")]
    [InlineData("html as text")]
    [InlineData("summary html as text")]
    [InlineData("classes")]
    [InlineData("attributes")]
    public async Task RenderDetails_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("details", fixtureName);
        var o = fixture.Options;
        o.RequireOnly("summaryText", "text", "html", "open", "id", "classes", "attributes");
        var helper = new GovukDetailsTagHelper { Summary = o.Text("summaryText")!, Open = o.Flag("open") };
        var node = WithClasses(new TagNode(helper, "govuk-details", Content(o)), o);

        // Act
        var html = await TagHelperRenderer.Render(node);

        // Assert
        HtmlAssert.Equivalent(fixture.Html, html);
    }

    /// <summary>A fixture's html is what a page author would write as child content; its text, what they would type.</summary>
    private static string Content(FixtureOptions o) => o.Text("html") ?? WebUtility.HtmlEncode(o.Text("text") ?? string.Empty);

    private static TagNode WithClasses(TagNode node, FixtureOptions o)
    {
        node.With(o.Attributes("attributes"));
        if (o.Text("classes") is { } classes)
        {
            node.With("class", classes);
        }

        if (o.Text("id") is { } id)
        {
            node.With("id", id);
        }

        return node;
    }
}
