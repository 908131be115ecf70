using System.Net.Http.Headers;

namespace StandardBearer.Web.Tests.Api;

/// <summary>multipart/form-data bodies for the evidence API, built the way an API client would send them.</summary>
internal static class Multipart
{
    public static MultipartFormDataContent Evidence(string? title, params (string Field, byte[] Content, string FileName)[] files) =>
        Form(new() { ["title"] = title, ["kind"] = "Document" }, files);

    public static MultipartFormDataContent Form(Dictionary<string, string?> fields, params (string Field, byte[] Content, string FileName)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            if (value is not null) form.Add(new StringContent(value), name);
        }
        foreach (var (field, content, fileName) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            // Set by hand: HttpClient would add a filename* that some servers prefer, and the test is about what a client declares.
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{field}\"", FileName = $"\"{fileName}\"" };
            form.Add(part);
        }
        return form;
    }

    /// <summary>The same body sent with no Content-Length (chunked), as a streaming client would.</summary>
    public static async Task<HttpContent> ChunkedAsync(HttpContent content)
    {
        var bytes = await content.ReadAsByteArrayAsync();
        var chunked = new StreamContent(new UnknownLengthStream(bytes));
        chunked.Headers.ContentType = content.Headers.ContentType;
        return chunked;
    }

    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
