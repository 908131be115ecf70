using Microsoft.AspNetCore.Mvc.ModelBinding;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukDateInputTagHelperTests
{
    private static readonly string[] Parts = ["day", "month", "year"];

    public sealed class Form
    {
        public DateOnly? Dob { get; set; }

        public string? NotADate { get; set; }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("with items")]
    [InlineData("with errors only")]
    [InlineData("with errors and hint")]
    [InlineData("with error on day input")]
    [InlineData("with error on month input")]
    [InlineData("with error on year input")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("date-input", fixtureName);
        var o = fixture.Options;
        o.RequireOnly("id", "namePrefix", "fieldset.legend.text", "hint.text", "errorMessage.text", "items[].name", "items[].classes");
        var items = o.Items("items");
        Assert.True(items.Count is 0 or 3, "Our date input always has day, month and year.");
        var view = new TestView<Form>(new Form());
        if (o.Text("errorMessage.text") is { } error)
        {
            view.ModelState.AddModelError("Dob", error);
        }

        // The fixture says which inputs are highlighted; our binder says it by marking those parts invalid.
        foreach (var item in items.Where(i => (i.Text("classes") ?? string.Empty).Contains("govuk-input--error", StringComparison.Ordinal)))
        {
            var part = "Dob." + char.ToUpperInvariant(item.Text("name")![0]) + item.Text("name")![1..];
            view.ModelState.SetModelValue(part, rawValue: null, attemptedValue: null);
            view.ModelState[part]!.ValidationState = ModelValidationState.Invalid;
        }

        var helper = new GovukDateInputTagHelper
        {
            For = view.For(m => m.Dob),
            ViewContext = view.ViewContext,
            Legend = o.Text("fieldset.legend.text"),
            Hint = o.Text("hint.text"),
        };
        var prefix = o.Text("namePrefix");
        var names = Parts.ToDictionary(
            part => prefix is null ? part : prefix + "-" + part,
            part => "Dob." + char.ToUpperInvariant(part[0]) + part[1..]);

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-date-input");

        // Assert
        HtmlAssert.Equivalent(fixture.HtmlForField(o.Text("id")!, "Dob", names), html);
    }

    [Fact]
    public async Task Render_ModelDate_FillsTheThreeInputs()
    {
        // Arrange
        var view = new TestView<Form>(new Form { Dob = new DateOnly(2007, 3, 27) });
        var helper = new GovukDateInputTagHelper { For = view.For(m => m.Dob), ViewContext = view.ViewContext };

        // Act
        var html = await TagHelperRenderer.Render(helper, "govuk-date-input");

        // Assert
        Assert.Contains("id=\"Dob-day\" name=\"Dob.Day\" type=\"text\" inputmode=\"numeric\" value=\"27\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Dob-month\" name=\"Dob.Month\" type=\"text\" inputmode=\"numeric\" value=\"3\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Dob-year\" name=\"Dob.Year\" type=\"text\" inputmode=\"numeric\" value=\"2007\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_PropertyNotADate_ThrowsNamingTheProperty()
    {
        // Arrange
        var view = new TestView<Form>(new Form());
        var helper = new GovukDateInputTagHelper { For = view.For(m => m.NotADate), ViewContext = view.ViewContext };

        // Act
        var exception = await Record.ExceptionAsync(() => TagHelperRenderer.Render(helper, "govuk-date-input"));

        // Assert
        Assert.Contains("NotADate", Assert.IsType<InvalidOperationException>(exception).Message, StringComparison.Ordinal);
    }
}
