using Xunit.Sdk;

namespace StandardBearer.Web.Tests.Govuk;

/// <summary>The comparison every conformance test relies on must catch real differences and only those.</summary>
public sealed class HtmlAssertTests
{
    [Theory]
    [InlineData("<p class=\"a b\">x</p>", "<p class=\"b  a\">x</p>")]
    [InlineData("<p id=\"i\" class=\"a\">x</p>", "<p class=\"a\" id=\"i\">x</p>")]
    [InlineData("<div>\n  <p>  some\n text </p>\n</div>", "<div><p>some text</p></div>")]
    [InlineData("<input checked>", "<input checked=\"\">")]
    [InlineData("<p>£ &amp; ‘x’</p>", "<p>&#xA3; &amp; &#x2018;x&#x2019;</p>")]
    public void Equivalent_SameTreeWrittenDifferently_Passes(string expected, string actual)
    {
        // Act
        var exception = Record.Exception(() => HtmlAssert.Equivalent(expected, actual));

        // Assert
        Assert.Null(exception);
    }

    [Theory]
    [InlineData("<p class=\"a b\">x</p>", "<p class=\"a\">x</p>")]
    [InlineData("<p>x</p>", "<p id=\"y\">x</p>")]
    [InlineData("<p aria-describedby=\"a b\">x</p>", "<p aria-describedby=\"b a\">x</p>")]
    [InlineData("<p>x</p>", "<div>x</div>")]
    [InlineData("<p>x</p>", "<p>x</p><p>y</p>")]
    [InlineData("<p>some text</p>", "<p>sometext</p>")]
    [InlineData("<p><span>Error:</span> x</p>", "<p>Error: x</p>")]
    public void Equivalent_DifferentTree_FailsWithDiff(string expected, string actual)
    {
        // Act
        var exception = Record.Exception(() => HtmlAssert.Equivalent(expected, actual));

        // Assert
        var failure = Assert.IsType<XunitException>(exception);
        Assert.Contains("- ", failure.Message, StringComparison.Ordinal);
    }
}
