using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukInputTagHelperTests
{
    public sealed class Form
    {
        public string? Field { get; set; }

        public string? Password { get; set; }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("with hint text")]
    [InlineData("with error message")]
    [InlineData("with error and hint")]
    [InlineData("with width-2 class")]
    [InlineData("with width-20 class")]
    [InlineData("with label as page heading")]
    [InlineData("with prefix")]
    [InlineData("with suffix")]
    [InlineData("with prefix and suffix and error")]
    [InlineData("with prefix and suffix and width modifier")]
    [InlineData("with extra letter spacing")]
    [InlineData("custom type")]
    [InlineData("value")]
    [InlineData("zero value")]
    [InlineData("attributes")]
    [InlineData("with autocomplete attribute")]
    [InlineData("with pattern attribute")]
    [InlineData("with spellcheck disabled")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("input", fixtureName);
        var o = fixture.Options;
        o.RequireOnly(
            "id", "name", "value", "type", "classes", "autocomplete", "spellcheck", "pattern", "attributes",
            "label.text", "label.classes", "label.isPageHeading", "hint.text", "errorMessage.text", "prefix.text", "suffix.text");
        var view = new TestView<Form>(new Form { Field = o.Text("value") });
        if (o.Text("errorMessage.text") is { } error)
        {
            view.ModelState.AddModelError("Field", error);
        }

        var helper = new GovukInputTagHelper
        {
            For = view.For(m => m.Field),
            ViewContext = view.ViewContext,
            Label = o.Text("label.text"),
            LabelClass = o.Text("label.classes"),
            LabelIsPageHeading = o.Flag("label.isPageHeading"),
            Hint = o.Text("hint.text"),
            Type = o.Text("type") ?? "text",
            InputClass = o.Text("classes"),
            Autocomplete = o.Text("autocomplete"),
            Spellcheck = o.OptionalFlag("spellcheck"),
            Prefix = o.Text("prefix.text"),
            Suffix = o.Text("suffix.text"),
        };
        var node = new TagNode(helper, "govuk-input").With(o.Attributes("attributes"));
        if (o.Text("pattern") is { } pattern)
        {
            node.With("pattern", pattern);
        }

        // Act
        var html = await TagHelperRenderer.Render(node);

        // Assert
        HtmlAssert.Equivalent(fixture.HtmlForField("Field"), html);
    }

    [Fact]
    public async Task Render_AttemptedValueAfterFailedPost_ShowsWhatWasTypedNotTheModel()
    {
        // Arrange
        var view = new TestView<Form>(new Form { Field = "from the model" });
        view.Posted("Field", "typed <by> user");
        view.ModelState.AddModelError("Field", "Enter an email address in the correct format");
        var helper = new GovukInputTagHelper { For = view.For(m => m.Field), ViewContext = view.ViewContext, Label = "Email" };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-input");

        // Assert
        Assert.Contains("value=\"typed &lt;by&gt; user\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_PasswordWithPostedAndModelValue_NeverWritesTheValue()
    {
        // Arrange
        var view = new TestView<Form>(new Form { Password = "hunter2" });
        view.Posted("Password", "correct horse");
        view.ModelState.AddModelError("Password", "Enter a password");
        var helper = new GovukInputTagHelper { For = view.For(m => m.Password), ViewContext = view.ViewContext, Label = "Password", Type = "password" };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-input");

        // Assert
        Assert.DoesNotContain("value=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("correct horse", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TextAttributesWithMarkup_EncodesThem()
    {
        // Arrange
        var view = new TestView<Form>(new Form());
        var helper = new GovukInputTagHelper
        {
            For = view.For(m => m.Field),
            ViewContext = view.ViewContext,
            Label = "<b>Name</b>",
            Hint = "<script>alert(1)</script>",
            Prefix = "<i>£</i>",
        };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-input");

        // Assert
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_NestedProperty_UsesAspNetNameAndId()
    {
        // Arrange
        var view = new TestView<Page>(new Page());
        view.ModelState.AddModelError("Input.Email", "Enter an email address");
        var helper = new GovukInputTagHelper { For = view.For(m => m.Input.Email), ViewContext = view.ViewContext };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-input");

        // Assert
        HtmlAssert.Equivalent(
            """
            <div class="govuk-form-group govuk-form-group--error">
              <label class="govuk-label" for="Input_Email">Email address</label>
              <p id="Input_Email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter an email address</p>
              <input class="govuk-input govuk-input--error" id="Input_Email" name="Input.Email" type="text" aria-describedby="Input_Email-error">
            </div>
            """,
            html);
    }

    [Fact]
    public async Task Render_WithoutAspFor_ThrowsNamingTheElement()
    {
        // Arrange
        var view = new TestView<Form>(new Form());
        var helper = new GovukInputTagHelper { ViewContext = view.ViewContext, Label = "Email" };

        // Act
        var exception = await Record.ExceptionAsync(() => TagHelperRenderer.Render(helper, "govuk-input"));

        // Assert
        Assert.Equal("<govuk-input> needs asp-for.", Assert.IsType<InvalidOperationException>(exception).Message);
    }

    public sealed class Page
    {
        public PageInput Input { get; set; } = new();
    }

    public sealed class PageInput
    {
        [System.ComponentModel.DataAnnotations.Display(Name = "Email address")]
        public string? Email { get; set; }
    }
}
