using System.Text;

namespace StandardBearer.Core.Common;

/// <summary>RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes doubled.</summary>
public static class Csv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows) Line(text, row);
        return text.ToString();
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            var field = fields[i];
            // A leading =, +, - or @ would run as a formula in a spreadsheet: make it plain text.
            if (field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal)) field = "'" + field;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0) text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else text.Append(field);
        }
        text.Append("\r\n");
    }
}
