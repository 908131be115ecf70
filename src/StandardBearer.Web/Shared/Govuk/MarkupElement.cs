using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// One HTML element of a component's markup. We don't use TagBuilder because GOV.UK markup needs
/// minimised boolean attributes (<c>checked</c>, <c>open</c>) and the page author's own attributes
/// carried through as Razor gave them, without encoding them a second time.
/// </summary>
internal sealed class MarkupElement(string tagName, string? classes = null, bool isVoid = false) : IHtmlContent
{
    private readonly List<string> _classes = [.. SplitClasses(classes)];
    private readonly List<(string Name, string? Value)> _attributes = [];
    private readonly List<TagHelperAttribute> _authorAttributes = [];
    private readonly List<IHtmlContent> _children = [];

    public MarkupElement AddClass(string? classes)
    {
        foreach (var token in SplitClasses(classes))
        {
            if (!_classes.Contains(token, StringComparer.Ordinal))
            {
                _classes.Add(token);
            }
        }

        return this;
    }

    /// <summary>Sets an attribute; a null value leaves it out, as GOV.UK's templates do.</summary>
    public MarkupElement Attr(string name, string? value)
    {
        _attributes.RemoveAll(a => a.Name == name);
        if (value is not null)
        {
            _attributes.Add((name, value));
        }

        return this;
    }

    /// <summary>Sets a boolean attribute written without a value, such as <c>checked</c>.</summary>
    public MarkupElement Flag(string name, bool on = true)
    {
        _attributes.RemoveAll(a => a.Name == name);
        if (on)
        {
            _attributes.Add((name, null));
        }

        return this;
    }

    /// <summary>
    /// Carries the author's unbound attributes onto this element. Their classes are added to ours;
    /// any other attribute replaces ours of the same name, so an author can override a default.
    /// </summary>
    public MarkupElement AuthorAttributes(TagHelperAttributeList attributes)
    {
        foreach (var attribute in attributes)
        {
            if (string.Equals(attribute.Name, "class", StringComparison.OrdinalIgnoreCase))
            {
                AddClass(ValueAsText(attribute.Value));
                continue;
            }

            _attributes.RemoveAll(a => string.Equals(a.Name, attribute.Name, StringComparison.OrdinalIgnoreCase));
            _authorAttributes.Add(attribute);
        }

        return this;
    }

    public MarkupElement Add(IHtmlContent? content)
    {
        if (content is not null)
        {
            _children.Add(content);
        }

        return this;
    }

    /// <summary>Adds text, HTML-encoded when written.</summary>
    public MarkupElement Text(string? text) => text is null ? this : Add(new StringHtmlContent(text));

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        writer.Write('<');
        writer.Write(tagName);
        if (_classes.Count > 0)
        {
            writer.Write(" class=\"");
            encoder.Encode(writer, string.Join(' ', _classes));
            writer.Write('"');
        }

        foreach (var (name, value) in _attributes)
        {
            writer.Write(' ');
            writer.Write(name);
            if (value is not null)
            {
                writer.Write("=\"");
                encoder.Encode(writer, value);
                writer.Write('"');
            }
        }

        foreach (var attribute in _authorAttributes)
        {
            writer.Write(' ');
            attribute.WriteTo(writer, encoder);
        }

        writer.Write('>');
        if (isVoid)
        {
            return;
        }

        foreach (var child in _children)
        {
            child.WriteTo(writer, encoder);
        }

        writer.Write("</");
        writer.Write(tagName);
        writer.Write('>');
    }

    private static string[] SplitClasses(string? classes) =>
        string.IsNullOrWhiteSpace(classes) ? [] : classes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    // Razor hands dynamic attribute values over as already-encoded HTML; decode so they are encoded once.
    private static string? ValueAsText(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return text;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    return WebUtility.HtmlDecode(writer.ToString());
                }

            default:
                return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
