using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukSelectTagHelperTests
{
    public sealed class Form
    {
        public string? Field { get; set; }

        public int? Number { get; set; }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("with hint text and error message")]
    [InlineData("with label as page heading")]
    [InlineData("with full width override")]
    [InlineData("without values with selected value")]
    [InlineData("attributes")]
    [InlineData("error")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("select", fixtureName);
        var o = fixture.Options;
        o.RequireOnly(
            "id", "name", "value", "classes", "attributes", "label.text", "label.classes", "label.isPageHeading",
            "hint.text", "errorMessage.text", "items[].value", "items[].text", "items[].selected", "items[].disabled");
        var items = o.Items("items");

        // GOV.UK marks the chosen option on the item; we choose by the model's value, as ASP.NET does.
        var chosen = o.Text("value") ?? items.Where(i => i.Flag("selected")).Select(i => i.Text("value")).FirstOrDefault();
        var view = new TestView<Form>(new Form { Field = chosen });
        if (o.Text("errorMessage.text") is { } error)
        {
            view.ModelState.AddModelError("Field", error);
        }

        var helper = new GovukSelectTagHelper
        {
            For = view.For(m => m.Field),
            ViewContext = view.ViewContext,
            Label = o.Text("label.text"),
            LabelClass = o.Text("label.classes"),
            LabelIsPageHeading = o.Flag("label.isPageHeading"),
            Hint = o.Text("hint.text"),
            SelectClass = o.Text("classes"),
            Items = [.. items.Select(i => new SelectListItem { Value = i.Text("value"), Text = i.Text("text")!, Disabled = i.Flag("disabled") })],
        };

        // Act
        var html = await TagHelperRenderer.Render(new TagNode(helper, "govuk-select").With(o.Attributes("attributes")));

        // Assert
        HtmlAssert.Equivalent(fixture.HtmlForField("Field"), html);
    }

    [Fact]
    public async Task Render_PostedValueDiffersFromModel_SelectsThePostedOption()
    {
        // Arrange
        var view = new TestView<Form>(new Form { Number = 1 });
        view.Posted("Number", "2");
        var helper = new GovukSelectTagHelper
        {
            For = view.For(m => m.Number),
            ViewContext = view.ViewContext,
            Items = [new SelectListItem("One", "1"), new SelectListItem("Two", "2")],
        };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-select");

        // Assert
        Assert.Contains("<option value=\"2\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"1\">", html, StringComparison.Ordinal);
    }
}
