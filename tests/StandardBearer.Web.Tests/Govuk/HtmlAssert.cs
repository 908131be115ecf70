using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit.Sdk;

namespace StandardBearer.Web.Tests.Govuk;

/// <summary>
/// Compares HTML the way a browser would see it, not character by character: the same element tree,
/// the same attributes (class as a set of tokens, order ignored) and the same text once whitespace is
/// collapsed. GOV.UK's fixtures come from Nunjucks with its own indentation, so nothing stricter can match.
/// </summary>
internal static partial class HtmlAssert
{
    private static readonly HtmlParser Parser = new();

    public static void Equivalent(string expected, string actual)
    {
        var expectedTree = Normalise(expected);
        var actualTree = Normalise(actual);
        if (expectedTree == actualTree)
        {
            return;
        }

        throw new XunitException(
            "HTML is not equivalent (- expected, + actual):" + Environment.NewLine +
            Diff(expectedTree, actualTree) + Environment.NewLine +
            "Actual HTML:" + Environment.NewLine + actual);
    }

    /// <summary>One line per element or text node, indented by depth, attributes sorted.</summary>
    public static string Normalise(string html)
    {
        var context = Parser.ParseDocument(string.Empty).Body!;
        var builder = new StringBuilder();
        foreach (var node in Parser.ParseFragment(html, context))
        {
            Write(node, 0, builder);
        }

        return builder.ToString();
    }

    private static void Write(INode node, int depth, StringBuilder builder)
    {
        switch (node)
        {
            case IElement element:
                builder.Append(' ', depth * 2).Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    var value = attribute.Name == "class"
                        ? string.Join(' ', attribute.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().Order(StringComparer.Ordinal))
                        : attribute.Value;
                    builder.Append(' ').Append(attribute.Name).Append("=\"").Append(value).Append('"');
                }

                builder.Append('>').AppendLine();
                foreach (var child in element.ChildNodes)
                {
                    Write(child, depth + 1, builder);
                }

                break;
            case IText text:
                var collapsed = Whitespace().Replace(text.Data, " ").Trim();
                if (collapsed.Length > 0)
                {
                    builder.Append(' ', depth * 2).Append('"').Append(collapsed).Append('"').AppendLine();
                }

                break;
        }
    }

    /// <summary>A line diff (longest common subsequence), enough to point at the first wrong attribute.</summary>
    private static string Diff(string expected, string actual)
    {
        var a = expected.Split(Environment.NewLine);
        var b = actual.Split(Environment.NewLine);
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var diff = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                diff.Append("  ").AppendLine(a[x++]);
                y++;
            }
            else if (x < a.Length && (y == b.Length || lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                diff.Append("- ").AppendLine(a[x++]);
            }
            else
            {
                diff.Append("+ ").AppendLine(b[y++]);
            }
        }

        return diff.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
