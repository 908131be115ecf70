using Markdig;
using Microsoft.AspNetCore.Html;

namespace StandardBearer.Web.Infrastructure;

/// <summary>Markdown written by users, rendered with raw HTML switched off (we have no HTML sanitiser, so HTML is never let through).</summary>
public static class Markdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static IHtmlContent ToHtml(string? markdown) =>
        new HtmlString(string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToHtml(markdown, Pipeline));
}
