using System.Net;
using AngleSharp.Dom;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages;

public static class PageAssert
{
    /// <summary>An invalid POST: status 400, "Error: " in the title, and the message in the GOV.UK error summary.</summary>
    public static async Task InvalidAsync(HttpResponseMessage response, params string[] messages)
    {
        var document = await HttpClientForms.ParseAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Error: ", document.Title, StringComparison.Ordinal);
        var summary = document.ErrorSummaryMessages();
        foreach (var message in messages) Assert.Contains(message, summary);
    }

    public static void RedirectsTo(HttpResponseMessage response, string location)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }
}
