using System.Net;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Tests.Govuk;

public sealed class GovukTaskListTagHelperTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with hint text and additional states")]
    [InlineData("with very long single word tags")]
    [InlineData("forced hover state")]
    public async Task Render_GovukFixture_MatchesFixtureHtml(string fixtureName)
    {
        // Arrange
        var fixture = GovukFixtures.Get("task-list", fixtureName);
        var o = fixture.Options;
        o.RequireOnly(
            "idPrefix", "items[].title.text", "items[].href", "items[].hint.text", "items[].classes",
            "items[].status.text", "items[].status.classes", "items[].status.tag.text", "items[].status.tag.classes");
        var items = o.Items("items").Select(item =>
        {
            var helper = new GovukTaskListItemTagHelper
            {
                Href = item.Text("href"),
                Hint = item.Text("hint.text"),
                Status = item.Text("status.text") ?? item.Text("status.tag.text")!,
                StatusColour = item.Text("status.tag.classes")?.Replace("govuk-tag--", string.Empty, StringComparison.Ordinal),
                StatusClass = item.Text("status.classes"),
            };
            var node = new TagNode(helper, "govuk-task-list-item", WebUtility.HtmlEncode(item.Text("title.text")!));
            return (object)(item.Text("classes") is { } classes ? node.With("class", classes) : node);
        });
        var list = new TagNode(new GovukTaskListTagHelper { IdPrefix = o.Text("idPrefix") ?? "task-list" }, "govuk-task-list", [.. items]);

        // Act
        var html = await TagHelperRenderer.Render(list);

        // Assert
        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Theory]
    [InlineData("Completed", null, "<div class=\"govuk-task-list__status\" id=\"tasks-1-status\">Completed</div>")]
    [InlineData("Incomplete", null, "<div class=\"govuk-task-list__status\" id=\"tasks-1-status\"><strong class=\"govuk-tag govuk-tag--blue\">Incomplete</strong></div>")]
    [InlineData("Not started", "light-blue", "<div class=\"govuk-task-list__status\" id=\"tasks-1-status\"><strong class=\"govuk-tag govuk-tag--light-blue\">Not started</strong></div>")]
    [InlineData("Cannot start yet", null, "<div class=\"govuk-task-list__status govuk-task-list__status--cannot-start-yet\" id=\"tasks-1-status\">Cannot start yet</div>")]
    public async Task Render_Status_CompletedAsTextOthersAsTags(string status, string? colour, string expectedStatus)
    {
        // Arrange
        var item = new TagNode(new GovukTaskListItemTagHelper { Href = "/task", Status = status, StatusColour = colour }, "govuk-task-list-item", "Task");
        var list = new TagNode(new GovukTaskListTagHelper { IdPrefix = "tasks" }, "govuk-task-list", item);

        // Act
        var html = await TagHelperRenderer.Render(list);

        // Assert
        Assert.Contains(expectedStatus, html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"tasks-1-status\"", html, StringComparison.Ordinal);
    }
}
