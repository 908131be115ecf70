using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukErrorSummaryTagHelperTests
{
    public sealed class Page
    {
        public PageInput Input { get; set; } = new();
    }

    public sealed class PageInput
    {
        public string? Email { get; set; }

        public DateOnly? DateOfBirth { get; set; }

        public DateOnly StartDate { get; set; }

        public List<Row> Rows { get; set; } = [];
    }

    public sealed class Row
    {
        public DateOnly Due { get; set; }

        public string? Name { get; set; }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("without links")]
    [InlineData("mixed with and without links")]
    [InlineData("with everything")]
    [InlineData("description")]
    [InlineData("classes")]
    [InlineData("error list with html as text link")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("error-summary", fixtureName);
        var o = fixture.Options;
        o.RequireOnly("titleText", "descriptionText", "classes", "errorList[].text", "errorList[].href");
        var view = new TestView<Page>(new Page());

        // A fixture's href "#x" is the error of field x; an error without one is model-level.
        foreach (var error in o.Items("errorList"))
        {
            view.ModelState.AddModelError(error.Text("href")?.TrimStart('#') ?? string.Empty, error.Text("text")!);
        }

        var helper = new GovukErrorSummaryTagHelper { ViewContext = view.ViewContext, Title = o.Text("titleText")!, Description = o.Text("descriptionText") };
        var node = new TagNode(helper, "govuk-error-summary");
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
    public async Task Render_ModelStateValid_RendersNothing()
    {
        // Arrange
        var view = new TestView<Page>(new Page());
        view.Posted("Input.Email", "someone@example.com");
        view.ModelState.MarkFieldValid("Input.Email");

        // Act
        var html = await TagHelperRenderer.Render(new GovukErrorSummaryTagHelper { ViewContext = view.ViewContext }, "govuk-error-summary");

        // Assert
        Assert.Equal(string.Empty, html);
    }

    [Fact]
    public async Task Render_ErrorsOnFieldsAndModel_ListsInQuestionOrderLinkingDatesToTheDay()
    {
        // Arrange
        var view = new TestView<Page>(new Page());
        view.ModelState.AddModelError("Input.Rows[1].Name", "Enter a name");
        view.ModelState.AddModelError("Input.StartDate", "Start date must be a real date");
        view.ModelState.AddModelError("Input.Rows[1].Due", "Due date must be a real date");
        view.ModelState.AddModelError("Input.Email", "Enter an email address");
        view.ModelState.AddModelError(string.Empty, "Your session has expired");
        view.ModelState.AddModelError("Input.DateOfBirth", "Date of birth must include a month");

        // Act
        var html = await TagHelperRenderer.Render(new GovukErrorSummaryTagHelper { ViewContext = view.ViewContext }, "govuk-error-summary");

        // Assert
        HtmlAssert.Equivalent(
            """
            <div class="govuk-error-summary" data-module="govuk-error-summary">
              <div role="alert">
                <h2 class="govuk-error-summary__title">There is a problem</h2>
                <div class="govuk-error-summary__body">
                  <ul class="govuk-list govuk-error-summary__list">
                    <li>Your session has expired</li>
                    <li><a href="#Input_Email">Enter an email address</a></li>
                    <li><a href="#Input_DateOfBirth-day">Date of birth must include a month</a></li>
                    <li><a href="#Input_StartDate-day">Start date must be a real date</a></li>
                    <li><a href="#Input_Rows_1__Due-day">Due date must be a real date</a></li>
                    <li><a href="#Input_Rows_1__Name">Enter a name</a></li>
                  </ul>
                </div>
              </div>
            </div>
            """,
            html);
    }

    [Fact]
    public async Task Render_KeyNotOnTheModel_StillLinksToItsId()
    {
        // Arrange
        var view = new TestView<Page>(new Page());
        view.ModelState.AddModelError("Input.Unknown.Thing", "Something is wrong");

        // Act
        var html = await TagHelperRenderer.Render(new GovukErrorSummaryTagHelper { ViewContext = view.ViewContext }, "govuk-error-summary");

        // Assert
        Assert.Contains("<a href=\"#Input_Unknown_Thing\">Something is wrong</a>", html, StringComparison.Ordinal);
    }
}
