using System.Net;
using System.Net.Http.Headers;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace StandardBearer.Testing;

/// <summary>
/// A file for a multipart form: the input it belongs to, the name the client declares (sent as given, unescaped, as
/// browsers do; empty is what a browser sends for a file input left empty) and the bytes.
/// </summary>
public sealed record FilePart(string Field, string FileName, byte[] Content, string ContentType = "application/octet-stream");

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

    /// <summary>As <see cref="SubmitFormAsync"/>, for a form with file inputs: posted as multipart/form-data with <paramref name="files"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitMultipartFormAsync(
        this HttpClient client, string pageUrl, Dictionary<string, string> fields, IEnumerable<FilePart> files, string? formSelector = null)
    {
        var (response, document) = await client.GetPageAsync(pageUrl);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {pageUrl} returned {(int)response.StatusCode}");
        var form = (formSelector is null
            ? document.QuerySelectorAll<IHtmlFormElement>("main form").FirstOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            : document.QuerySelector<IHtmlFormElement>(formSelector))
            ?? throw new InvalidOperationException($"No form {formSelector} on {pageUrl}");
        return await client.PostMultipartFormAsync(form, fields, files, pageUrl);
    }

    public static async Task<HttpResponseMessage> PostMultipartFormAsync(
        this HttpClient client, IHtmlFormElement form, Dictionary<string, string> fields, IEnumerable<FilePart> files, string pageUrl)
    {
        using var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
        {
            if (!fields.ContainsKey(input.Name ?? "")) content.Add(new StringContent(input.Value), input.Name!);
        }
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            // Set by hand: HttpClient's own Add(content, name, fileName) refuses an empty name and adds filename*.
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{file.Field}\"", FileName = $"\"{file.FileName}\"" };
            content.Add(part);
        }
        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, content);
    }

    /// <summary>The antiforgery token from a page, for tests that build a POST by hand.</summary>
    public static string AntiforgeryToken(this IDocument document) =>
        document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
        ?? throw new InvalidOperationException("No antiforgery token on the page");

    public static IReadOnlyList<string> ErrorSummaryMessages(this IDocument document) =>
        document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();
}
