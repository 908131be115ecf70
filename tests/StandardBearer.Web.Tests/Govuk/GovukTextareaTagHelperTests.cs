using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukTextareaTagHelperTests
{
    public sealed class Form
    {
        public string? Field { get; set; }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("with hint")]
    [InlineData("with error message")]
    [InlineData("with default value")]
    [InlineData("with custom rows")]
    [InlineData("with label as page heading")]
    [InlineData("with hint and error message")]
    [InlineData("classes")]
    [InlineData("attributes")]
    [InlineData("with autocomplete attribute")]
    [InlineData("with spellcheck disabled")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("textarea", fixtureName);
        var o = fixture.Options;
        o.RequireOnly(
            "id", "name", "value", "rows", "classes", "autocomplete", "spellcheck", "attributes",
            "label.text", "label.classes", "label.isPageHeading", "hint.text", "errorMessage.text");
        var view = new TestView<Form>(new Form { Field = o.Text("value") });
        if (o.Text("errorMessage.text") is { } error)
        {
            view.ModelState.AddModelError("Field", error);
        }

        var helper = new GovukTextareaTagHelper
        {
            For = view.For(m => m.Field),
            ViewContext = view.ViewContext,
            Label = o.Text("label.text"),
            LabelClass = o.Text("label.classes"),
            LabelIsPageHeading = o.Flag("label.isPageHeading"),
            Hint = o.Text("hint.text"),
            Rows = o.Number("rows") ?? 5,
            TextareaClass = o.Text("classes"),
            Autocomplete = o.Text("autocomplete"),
            Spellcheck = o.OptionalFlag("spellcheck"),
        };

        // Act
        var html = await TagHelperRenderer.Render(new TagNode(helper, "govuk-textarea").With(o.Attributes("attributes")));

        // Assert
        HtmlAssert.Equivalent(fixture.HtmlForField("Field"), html);
    }

    [Fact]
    public async Task Render_AttemptedValueWithMarkup_KeepsItEncodedInsideTheTextarea()
    {
        // Arrange
        var view = new TestView<Form>(new Form { Field = "old" });
        view.Posted("Field", "</textarea><script>x</script>");
        var helper = new GovukTextareaTagHelper { For = view.For(m => m.Field), ViewContext = view.ViewContext, Label = "Detail" };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-textarea");

        // Assert
        Assert.Contains(">\n&lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt;</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ValueStartingWithNewline_KeepsTheNewlineInTheBrowser()
    {
        // Arrange
        var view = new TestView<Form>(new Form { Field = "\nsecond line" });
        var helper = new GovukTextareaTagHelper { For = view.For(m => m.Field), ViewContext = view.ViewContext, Label = "Detail" };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-textarea");

        // Assert
        var textarea = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("textarea")!;
        Assert.Equal("\nsecond line", textarea.TextContent);
    }
}
