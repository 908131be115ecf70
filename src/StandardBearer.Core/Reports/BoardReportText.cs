namespace StandardBearer.Core.Reports;

public enum BoardReportBlockKind
{
    Paragraph,
    Bullet,
    SubHeading,
}

/// <summary>One block of a section's text, as every writer renders it.</summary>
public sealed record BoardReportBlock(BoardReportBlockKind Kind, string Text);

/// <summary>
/// The markup of a section's text, small enough to type in a textarea: paragraphs are separated by a blank line; a
/// line starting "- " is a bullet item; a line starting "## " is a sub-heading. Consecutive plain lines join into one
/// paragraph. Every export parses the text here, so DOCX, PDF, HTML and Markdown show the same structure.
/// </summary>
public static class BoardReportText
{
    public static IReadOnlyList<BoardReportBlock> Parse(string text)
    {
        var blocks = new List<BoardReportBlock>();
        var paragraph = new List<string>();
        void Flush()
        {
            if (paragraph.Count > 0) blocks.Add(new BoardReportBlock(BoardReportBlockKind.Paragraph, string.Join(" ", paragraph)));
            paragraph.Clear();
        }

        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                Flush();
                blocks.Add(new BoardReportBlock(BoardReportBlockKind.Bullet, line[2..].Trim()));
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                blocks.Add(new BoardReportBlock(BoardReportBlockKind.SubHeading, line[3..].Trim()));
            }
            else
            {
                paragraph.Add(line);
            }
        }
        Flush();
        return blocks;
    }
}
