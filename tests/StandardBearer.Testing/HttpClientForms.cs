using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace StandardBearer.Testing;

/// <summary>Drives pages the way a browser without JavaScript would: GET the page, fill its form, POST it.</summary>
public static class HttpClientForms
{
    private static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await Browsing.OpenAsync(r => r.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "https://localhost/"));
    }

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return (response, await ParseAsync(response));
    }

    /// <summary>
    /// GETs <paramref name="pageUrl"/>, takes the form (the first, or the one matching <paramref name="formSelector"/>),
    /// keeps its hidden fields (the antiforgery token among them), sets <paramref name="fields"/> and POSTs it.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, Dictionary<string, string> fields, string? formSelector = null)
    {
        var (response, document) = await client.GetPageAsync(pageUrl);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {pageUrl} returned {(int)response.StatusCode}");
        var form = (formSelector is null
            ? document.QuerySelectorAll<IHtmlFormElement>("main form").FirstOrDefault()
            : document.QuerySelector<IHtmlFormElement>(formSelector))
            ?? throw new InvalidOperationException($"No form {formSelector} on {pageUrl}");
        return await client.PostFormAsync(form, fields, pageUrl);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IHtmlFormElement form, Dictionary<string, string> fields, string pageUrl)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
        {
            if (!fields.ContainsKey(input.Name ?? "")) values.Add(new(input.Name!, input.Value));
        }
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        return await client.PostAsync(target, new FormUrlEncodedContent(values));
    }

    /// <summary>The antiforgery token from a page, for tests that build a POST by hand.</summary>
    public static string AntiforgeryToken(this IDocument document) =>
        document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
        ?? throw new InvalidOperationException("No antiforgery token on the page");

    public static IReadOnlyList<string> ErrorSummaryMessages(this IDocument document) =>
        document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();
}
