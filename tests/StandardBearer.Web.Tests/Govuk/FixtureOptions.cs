using System.Globalization;
using System.Text.Json;

namespace StandardBearer.Web.Tests.Govuk;

/// <summary>Reads a fixture's macro options by dotted path, such as <c>label.text</c>.</summary>
internal sealed class FixtureOptions(JsonElement root)
{
    public string? Text(string path) => Find(root, path) is { } value ? AsText(value) : null;

    public bool Flag(string path) => Find(root, path) is { ValueKind: JsonValueKind.True };

    public bool? OptionalFlag(string path) => Find(root, path) is { } value ? value.ValueKind == JsonValueKind.True : null;

    public int? Number(string path) => Find(root, path) is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : null;

    public IReadOnlyList<FixtureOptions> Items(string path) =>
        Find(root, path) is { ValueKind: JsonValueKind.Array } array
            ? [.. array.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object).Select(item => new FixtureOptions(item))]
            : [];

    /// <summary>An array of arrays of objects, such as a table's rows of cells.</summary>
    public IReadOnlyList<IReadOnlyList<FixtureOptions>> Table(string path) =>
        Find(root, path) is { ValueKind: JsonValueKind.Array } rows
            ? [.. rows.EnumerateArray()
                .Where(row => row.ValueKind == JsonValueKind.Array)
                .Select(row => (IReadOnlyList<FixtureOptions>)[.. row.EnumerateArray().Select(cell => new FixtureOptions(cell))])]
            : [];

    public IReadOnlyDictionary<string, string> Attributes(string path) =>
        Find(root, path) is { ValueKind: JsonValueKind.Object } attributes
            ? attributes.EnumerateObject().ToDictionary(p => p.Name, p => AsText(p.Value))
            : new Dictionary<string, string>();

    /// <summary>
    /// Fails when the fixture uses an option the test does not map to our tag helper, so a fixture can
    /// never pass by having a feature quietly ignored.
    /// </summary>
    public void RequireOnly(params string[] understood)
    {
        var unknown = LeafPaths(root, string.Empty).Where(path => !understood.Contains(path)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException("Fixture uses options this test does not map: " + string.Join(", ", unknown));
        }
    }

    private static IEnumerable<string> LeafPaths(JsonElement element, string prefix) => element.ValueKind switch
    {
        JsonValueKind.Object when !prefix.EndsWith("attributes", StringComparison.Ordinal) =>
            element.EnumerateObject().SelectMany(p => LeafPaths(p.Value, prefix.Length == 0 ? p.Name : prefix + "." + p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(item => LeafPaths(item, prefix + "[]")).Distinct(),
        _ => [prefix],
    };

    private static JsonElement? Find(JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element))
            {
                return null;
            }
        }

        return element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : element;
    }

    private static string AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
