using System.Globalization;
using System.Text;

namespace StandardBearer.Core.Common;

/// <summary>Download names that say whose and when: "riverside-council-self-assessment-2027-03-04.xlsx".</summary>
public static class ExportNames
{
    /// <summary>The organisation's name, lower case, with accents dropped and anything else a file name might choke on turned into single dashes.</summary>
    public static string Slug(string name, string fallback = "organisation")
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) slug.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        if (text.Length > 60) text = text[..60].TrimEnd('-');
        return text.Length == 0 ? fallback : text;
    }

    /// <summary>"&lt;slug&gt;-&lt;what&gt;-&lt;yyyy-MM-dd&gt;.&lt;extension&gt;", dated by the UTC day of <paramref name="at"/>.</summary>
    public static string Dated(string organisationName, string what, DateTimeOffset at, string extension) =>
        $"{Slug(organisationName)}-{what}-{at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
}
