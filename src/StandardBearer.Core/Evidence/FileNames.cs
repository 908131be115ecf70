using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StandardBearer.Core.Evidence;

/// <summary>Turns an uploaded file's declared name into one that is safe to show and to offer as a download name.</summary>
public static partial class FileNames
{
    public const int MaxBaseLength = 100;

    private const string Fallback = "file";

    private static readonly char[] Separators = ['/', '\\'];

    public static string Sanitise(string? name, string extension)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        if (!extension.StartsWith('.'))
            extension = "." + extension;

        var segment = (name ?? "").Split(Separators).Last();
        var kept = new StringBuilder(segment.Length);
        foreach (var c in segment)
        {
            // Tabs and line breaks separate words, so they become spaces rather than vanish.
            if (char.IsWhiteSpace(c))
            {
                kept.Append(' ');
                continue;
            }
            // Format characters (Cf) go too: a right-to-left override can make "txt.exe" read as "exe.txt".
            if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || "<>:\"/\\|?*".Contains(c))
                continue;
            kept.Append(c);
        }

        var trimmed = TrimDotsAndSpaces(Spaces().Replace(kept.ToString(), " "));
        // The extension is always the detected one, so whatever the client called it is dropped.
        var baseName = TrimDotsAndSpaces(Path.GetFileNameWithoutExtension(trimmed));
        if (baseName.Length > MaxBaseLength)
        {
            var cut = char.IsHighSurrogate(baseName[MaxBaseLength - 1]) ? MaxBaseLength - 1 : MaxBaseLength;
            baseName = TrimDotsAndSpaces(baseName[..cut]);
        }

        return (baseName.Length == 0 ? Fallback : baseName) + extension.ToLowerInvariant();
    }

    /// <summary>
    /// True when the declared name carried folders or a drive. Browsers send only the name, so a path means a
    /// hand-made request trying its luck: the upload is refused rather than quietly renamed.
    /// </summary>
    public static bool LooksLikePath(string? name) =>
        !string.IsNullOrEmpty(name)
        && (name.Contains('/') || name.Contains('\\') || name.Trim() is "." or ".." || DrivePrefix().IsMatch(name));

    private static string TrimDotsAndSpaces(string value) => value.Trim(' ', '.');

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex("^[A-Za-z]:")]
    private static partial Regex DrivePrefix();
}
