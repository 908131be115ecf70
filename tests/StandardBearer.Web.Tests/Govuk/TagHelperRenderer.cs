using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Tests.Govuk;

/// <summary>
/// An element in a page as Razor sees it: a tag helper, the attributes it does not bind, and its
/// children (more tag helpers or raw HTML strings).
/// </summary>
internal sealed class TagNode(ITagHelper helper, string tagName, params object[] children)
{
    public ITagHelper Helper { get; } = helper;

    public string TagName { get; } = tagName;

    public IReadOnlyList<object> Children { get; } = children;

    public TagHelperAttributeList Attributes { get; } = [];

    /// <summary>An attribute the tag helper does not bind; without a value it is minimised (<c>disabled</c>).</summary>
    public TagNode With(string name, string? value = null)
    {
        Attributes.Add(value is null
            ? new TagHelperAttribute(name)
            : new TagHelperAttribute(name, value, HtmlAttributeValueStyle.DoubleQuotes));
        return this;
    }

    public TagNode With(IReadOnlyDictionary<string, string> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            With(name, value);
        }

        return this;
    }
}

/// <summary>
/// Runs tag helpers the way Razor's runtime does, without a web server: each child gets a copy of
/// its parent's <see cref="TagHelperContext.Items"/>, child content runs when asked for, and content
/// a tag helper leaves alone is written as it is.
/// </summary>
internal static class TagHelperRenderer
{
    public static Task<string> Render(ITagHelper helper, string tagName, params object[] children) =>
        Render(new TagNode(helper, tagName, children));

    public static async Task<string> Render(TagNode node)
    {
        var content = await Run(node, new Dictionary<object, object>());
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private static async Task<TagHelperOutput> Run(TagNode node, IDictionary<object, object> parentItems)
    {
        var items = new Dictionary<object, object>(parentItems);
        var context = new TagHelperContext(node.TagName, new TagHelperAttributeList(node.Attributes), items, Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput(node.TagName, new TagHelperAttributeList(node.Attributes), async (_, encoder) =>
        {
            var childContent = new DefaultTagHelperContent();
            foreach (var child in node.Children)
            {
                if (child is TagNode childNode)
                {
                    childContent.AppendHtml(await Run(childNode, items));
                }
                else
                {
                    childContent.AppendHtml((string)child);
                }
            }

            return childContent;
        });

        node.Helper.Init(context);
        await node.Helper.ProcessAsync(context, output);
        if (!output.IsContentModified)
        {
            output.Content.SetHtmlContent(await output.GetChildContentAsync());
        }

        return output;
    }
}
