using System.Text;

namespace StandardBearer.Core.Standards.Packs;

/// <summary>
/// The packs shipped inside the application. Only our own summaries of the CSE elements are built in; the official
/// wording and guidance belong to the standard's owner and are imported as an <c>official</c> pack.
/// </summary>
public static class BuiltInPacks
{
    public const string CseCode = "CSE";
    public const string CseSummariesVersion = "summaries-1";

    private const string CseSummariesResource = "StandardBearer.Core.Standards.Packs.cse-summaries.json";

    private static readonly Lazy<string> CseJson = new(() => ReadResource(CseSummariesResource));
    private static readonly Lazy<StandardPack> CsePack = new(() => Parse(CseSummariesResource, CseJson.Value));

    /// <summary>The built-in CSE pack, read once and shared by every caller, so treat it as read-only.</summary>
    public static StandardPack CseSummaries() => CsePack.Value;

    /// <summary>The built-in CSE pack exactly as shipped, for export or for seeding.</summary>
    public static string CseSummariesJson() => CseJson.Value;

    private static string ReadResource(string name)
    {
        using var stream = typeof(BuiltInPacks).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The built-in pack resource {name} is missing from the build.");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return reader.ReadToEnd();
    }

    // A built-in pack that does not read is a bug in the build, not something a user can fix, so fail loudly.
    private static StandardPack Parse(string name, string json)
    {
        var result = PackReader.Read(json);
        return result.Pack ?? throw new InvalidOperationException(
            $"The built-in pack {name} is invalid: {string.Join("; ", result.Problems)}");
    }
}
