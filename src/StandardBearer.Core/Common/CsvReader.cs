using System.Text;

namespace StandardBearer.Core.Common;

/// <summary>One CSV record and the line of the file it starts on (1-based), for messages people can find.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.Count == 1 && Fields[0].Length == 0;
}

/// <summary>
/// Reads RFC 4180 CSV a record at a time, so a large file is never held whole: commas, quoted fields with doubled
/// quotes and line breaks inside, and CRLF, LF or CR line ends. Spreadsheets are lenient writers, so this is a lenient
/// reader: a quote in the middle of an unquoted field is kept as text. The one thing it refuses is a quoted field that
/// is never closed, which would otherwise swallow the rest of the file silently.
/// </summary>
public sealed class CsvReader(TextReader reader)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private int _position;
    private int _length;
    private int _line = 1;

    /// <summary>The next record, or null at the end of the file.</summary>
    /// <exception cref="CsvFormatException">A quoted field runs to the end of the file.</exception>
    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken ct = default)
    {
        if (!await FillAsync(ct)) return null;
        var start = _line;
        var fields = new List<string>(8);
        var field = new StringBuilder();
        var inQuotes = false;
        var quoteLine = 0;
        while (true)
        {
            if (!await FillAsync(ct))
            {
                if (inQuotes) throw new CsvFormatException(quoteLine, "A quoted field starts on this line and is never closed: check for a missing \" character.");
                fields.Add(field.ToString());
                return new CsvRecord(start, fields);
            }
            var c = _buffer[_position++];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (await PeekAsync(ct) == '"')
                    {
                        _position++;
                        field.Append('"');
                    }
                    else inQuotes = false;
                    continue;
                }
                if (c == '\n' || (c == '\r' && await PeekAsync(ct) != '\n')) _line++;
                field.Append(c);
            }
            else if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
                quoteLine = _line;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && await PeekAsync(ct) == '\n') _position++;
                _line++;
                fields.Add(field.ToString());
                return new CsvRecord(start, fields);
            }
            else field.Append(c);
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken ct)
    {
        if (_position < _length) return true;
        _length = await reader.ReadAsync(_buffer.AsMemory(), ct);
        _position = 0;
        return _length > 0;
    }

    private async ValueTask<int> PeekAsync(CancellationToken ct) => await FillAsync(ct) ? _buffer[_position] : -1;
}

public sealed class CsvFormatException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
