using System.Globalization;
using System.Net;
using System.Text;
using StandardBearer.Core.Common;

namespace StandardBearer.Core.Reports;

/// <summary>
/// The board report as a file: DOCX (headings are Word's Title, Heading 1 and Heading 2 styles, so a council template
/// restyles it), PDF, a self-contained HTML page with a print stylesheet, and Markdown. Every writer reads the section
/// text through <see cref="BoardReportText.Parse"/>, so the four show the same paragraphs, bullets and sub-headings.
/// </summary>
public static partial class BoardReportExport
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PdfContentType = "application/pdf";
    public const string HtmlContentType = "text/html; charset=utf-8";
    public const string MarkdownContentType = "text/markdown; charset=utf-8";

    /// <summary>"board-report-tyneside-council-2026.docx".</summary>
    public static string FileName(BoardReportDocument d, string extension) => $"board-report-{ExportNames.Slug(d.OrganisationName)}-{d.Year}.{extension.TrimStart('.')}";

    /// <summary>"1. Purpose of the report".</summary>
    public static string Heading(BoardReportSectionView s) => $"{s.Number}. {s.Title}";

    /// <summary>The line under the title in every format.</summary>
    public static string Generated(BoardReportDocument d) => $"Drafted by StandardBearer on {Dates.Day(d.GeneratedAt)} from {d.OrganisationName}'s records.";

    public static string ToMarkdown(BoardReportDocument d)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownText(d.Title)).Append("\n\n").Append(MarkdownText(Generated(d))).Append('\n');
        foreach (var section in d.Sections)
        {
            md.Append("\n## ").Append(MarkdownText(Heading(section))).Append('\n');
            BoardReportBlockKind? previous = null;
            foreach (var block in BoardReportText.Parse(section.Text))
            {
                // Bullets of one list sit on consecutive lines; everything else is separated by a blank line.
                if (!(previous == BoardReportBlockKind.Bullet && block.Kind == BoardReportBlockKind.Bullet)) md.Append('\n');
                md.Append(block.Kind switch
                {
                    BoardReportBlockKind.Bullet => "- ",
                    BoardReportBlockKind.SubHeading => "### ",
                    _ => "",
                }).Append(MarkdownText(block.Text)).Append('\n');
                previous = block.Kind;
            }
        }
        return md.ToString();
    }

    public static string ToHtml(BoardReportDocument d)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(d.Title)).Append("</title>\n<style>\n").Append(Stylesheet).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(Encode(d.Title)).Append("</h1>\n<p class=\"generated\">").Append(Encode(Generated(d))).Append("</p>\n");
        foreach (var section in d.Sections)
        {
            html.Append("<section>\n<h2>").Append(Encode(Heading(section))).Append("</h2>\n");
            var inList = false;
            foreach (var block in BoardReportText.Parse(section.Text))
            {
                if (inList && block.Kind != BoardReportBlockKind.Bullet)
                {
                    html.Append("</ul>\n");
                    inList = false;
                }
                switch (block.Kind)
                {
                    case BoardReportBlockKind.Bullet:
                        if (!inList) html.Append("<ul>\n");
                        inList = true;
                        html.Append("<li>").Append(Encode(block.Text)).Append("</li>\n");
                        break;
                    case BoardReportBlockKind.SubHeading:
                        html.Append("<h3>").Append(Encode(block.Text)).Append("</h3>\n");
                        break;
                    default:
                        html.Append("<p>").Append(Encode(block.Text)).Append("</p>\n");
                        break;
                }
            }
            if (inList) html.Append("</ul>\n");
            html.Append("</section>\n");
        }
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private const string Stylesheet = """
        body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; color: #0b0c0c; line-height: 1.4; margin: 0; }
        main { max-width: 46em; margin: 0 auto; padding: 2em 1.5em; }
        h1 { font-size: 1.8em; margin: 0 0 0.3em; }
        h2 { font-size: 1.4em; margin: 1.6em 0 0.5em; }
        h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; }
        p, li { font-size: 1em; }
        .generated { color: #505a5f; }
        @media print {
          @page { size: A4; margin: 2cm; }
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          a[href]::after { content: none; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          li, p { orphans: 3; widows: 3; }
        }

        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Escapes what Markdown would otherwise read as emphasis, links, code or HTML.</summary>
    private static string MarkdownText(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
