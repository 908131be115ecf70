using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukRadiosTagHelperTests
{
    public enum Answer
    {
        Yes,
        No,
    }

    public sealed class Form
    {
        public string? Field { get; set; }

        public Answer? Choice { get; set; }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("with hint")]
    [InlineData("inline")]
    [InlineData("with fieldset and error message")]
    [InlineData("with hint and error message")]
    [InlineData("with hints on parent and items")]
    [InlineData("small inline")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("radios", fixtureName);
        var o = fixture.Options;
        o.RequireOnly(GovukChoicesFixtureMapping.Understood);
        var view = new TestView<Form>(new Form { Field = o.Text("value") ?? GovukChoicesFixtureMapping.Checked(o).SingleOrDefault() });
        if (o.Text("errorMessage.text") is { } error)
        {
            view.ModelState.AddModelError("Field", error);
        }

        var helper = new GovukRadiosTagHelper { For = view.For(m => m.Field), ViewContext = view.ViewContext };

        // Act
        var html = await TagHelperRenderer.Render(GovukChoicesFixtureMapping.Node(helper, "govuk-radios", o, "govuk-radios"));

        // Assert
        HtmlAssert.Equivalent(fixture.HtmlForField("Field"), html);
    }

    [Fact]
    public async Task Render_EnumModelAndPostedValue_ChecksThePostedChoice()
    {
        // Arrange
        var view = new TestView<Form>(new Form { Choice = Answer.Yes });
        view.Posted("Choice", "No");
        var helper = new GovukRadiosTagHelper
        {
            For = view.For(m => m.Choice),
            ViewContext = view.ViewContext,
            Legend = "Have you changed your name?",
            Items = [new SelectListItem("Yes", "Yes"), new SelectListItem("No", "No")],
        };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-radios");

        // Assert
        Assert.Contains("id=\"Choice-2\" name=\"Choice\" type=\"radio\" value=\"No\" checked", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Yes\" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_EnumModelValue_ChecksTheModelsChoice()
    {
        // Arrange
        var view = new TestView<Form>(new Form { Choice = Answer.No });
        var helper = new GovukRadiosTagHelper
        {
            For = view.For(m => m.Choice),
            ViewContext = view.ViewContext,
            Items = [new SelectListItem("Yes", "Yes"), new SelectListItem("No", "No")],
        };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-radios");

        // Assert
        Assert.Contains("value=\"No\" checked", html, StringComparison.Ordinal);
    }
}
