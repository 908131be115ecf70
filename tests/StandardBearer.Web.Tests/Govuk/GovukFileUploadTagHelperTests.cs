using Microsoft.AspNetCore.Http;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukFileUploadTagHelperTests
{
    public sealed class Form
    {
        public IFormFile? Field { get; set; }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("with hint text")]
    [InlineData("with error message and hint")]
    [InlineData("with label as page heading")]
    [InlineData("attributes")]
    [InlineData("error")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("file-upload", fixtureName);
        var o = fixture.Options;
        o.RequireOnly("id", "name", "attributes", "label.text", "label.classes", "label.isPageHeading", "hint.text", "errorMessage.text");
        var view = new TestView<Form>(new Form());
        if (o.Text("errorMessage.text") is { } error)
        {
            view.ModelState.AddModelError("Field", error);
        }

        var helper = new GovukFileUploadTagHelper
        {
            For = view.For(m => m.Field),
            ViewContext = view.ViewContext,
            Label = o.Text("label.text"),
            LabelClass = o.Text("label.classes"),
            LabelIsPageHeading = o.Flag("label.isPageHeading"),
            Hint = o.Text("hint.text"),
        };

        // Act
        var html = await TagHelperRenderer.Render(new TagNode(helper, "govuk-file-upload").With(o.Attributes("attributes")));

        // Assert
        HtmlAssert.Equivalent(fixture.HtmlForField("Field"), html);
    }
}
