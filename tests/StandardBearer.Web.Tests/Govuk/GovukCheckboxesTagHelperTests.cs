using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukCheckboxesTagHelperTests
{
    private static readonly string[] PostedBAndC = ["b", "c"];

    public enum Topic
    {
        Energy,
        Water,
        Waste,
    }

    public sealed class Form
    {
        public List<string> Field { get; set; } = [];

        public List<Topic> Topics { get; set; } = [];
    }

    [Theory]
    [InlineData("default")]
    [InlineData("with hint")]
    [InlineData("with legend as a page heading")]
    [InlineData("with error message")]
    [InlineData("small")]
    [InlineData("with error message and hint")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("checkboxes", fixtureName);
        var o = fixture.Options;
        o.RequireOnly(GovukChoicesFixtureMapping.Understood);
        var view = new TestView<Form>(new Form { Field = [.. GovukChoicesFixtureMapping.Checked(o)] });
        if (o.Text("errorMessage.text") is { } error)
        {
            view.ModelState.AddModelError("Field", error);
        }

        var helper = new GovukCheckboxesTagHelper { For = view.For(m => m.Field), ViewContext = view.ViewContext };

        // Act
        var html = await TagHelperRenderer.Render(GovukChoicesFixtureMapping.Node(helper, "govuk-checkboxes", o, "govuk-checkboxes"));

        // Assert
        HtmlAssert.Equivalent(fixture.HtmlForField("Field"), html);
    }

    [Fact]
    public async Task Render_EnumCollection_ChecksEachSelectedValueWithGovukIds()
    {
        // Arrange
        var view = new TestView<Form>(new Form { Topics = [Topic.Energy, Topic.Waste] });
        var helper = new GovukCheckboxesTagHelper
        {
            For = view.For(m => m.Topics),
            ViewContext = view.ViewContext,
            Legend = "Which topics?",
            Items = Enum.GetNames<Topic>().Select(name => new SelectListItem(name, name)).ToList(),
        };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-checkboxes");

        // Assert
        Assert.Contains("id=\"Topics\" name=\"Topics\" type=\"checkbox\" value=\"Energy\" checked", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Topics-2\" name=\"Topics\" type=\"checkbox\" value=\"Water\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Topics-3\" name=\"Topics\" type=\"checkbox\" value=\"Waste\" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_SeveralPostedValues_ChecksThePostedOnes()
    {
        // Arrange
        var view = new TestView<Form>(new Form { Field = ["a"] });
        view.ModelState.SetModelValue("Field", PostedBAndC, "b,c");
        var helper = new GovukCheckboxesTagHelper
        {
            For = view.For(m => m.Field),
            ViewContext = view.ViewContext,
            Items = [new SelectListItem("A", "a"), new SelectListItem("B", "b"), new SelectListItem("C", "c")],
        };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-checkboxes");

        // Assert
        Assert.Contains("value=\"a\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"b\" checked", html, StringComparison.Ordinal);
        Assert.Contains("value=\"c\" checked", html, StringComparison.Ordinal);
    }
}
