using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace StandardBearer.Core.Standards.Packs;

/// <summary>The pack when it is valid; otherwise no pack and every problem found.</summary>
public sealed record PackReadResult(StandardPack? Pack, IReadOnlyList<PackProblem> Problems)
{
    public bool IsValid => Pack is not null && Problems.Count == 0;
}

/// <summary>
/// Reads and writes standard packs (docs/standard-pack.md). Reading walks a <see cref="JsonDocument"/> by hand
/// instead of deserialising, so that whoever wrote the pack hears about every problem at once, each at its JSON
/// path and in plain English, rather than about the first exception.
/// </summary>
public static partial class PackReader
{
    public const int MaxCodeLength = 20;
    public const int MaxVersionLength = 40;
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxKeyLength = 40;
    public const int MaxNumberLength = 20;

    // Duplicate properties are refused: with them, which value counts would depend on the reader.
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    private static readonly JsonSerializerOptions WriterOptions = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        // Packs are files people read and diff, never put into HTML, so accented letters and quotes stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitAbsentOptionalText } },
    };

    public static PackReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.TrimStart('\uFEFF'), DocumentOptions);
        }
        catch (JsonException e)
        {
            return NotJson(e);
        }
        using (document)
            return new PackParser().Parse(document.RootElement);
    }

    public static PackReadResult Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException e)
        {
            return NotJson(e);
        }
        using (document)
            return new PackParser().Parse(document.RootElement);
    }

    /// <summary>
    /// The pack as indented JSON: properties in declaration order, absent optional text left out, <c>\n</c> line
    /// endings and a final newline. Save it as UTF-8 without a byte order mark. A pack that came from
    /// <see cref="Read(string)"/> writes, reads and writes again to the same text.
    /// </summary>
    public static string Write(StandardPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return JsonSerializer.Serialize(pack, WriterOptions) + "\n";
    }

    // Read treats empty optional text as absent, so Write leaves it out too; otherwise "" would not round-trip.
    private static void OmitAbsentOptionalText(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.PropertyType == typeof(string) && property.IsGetNullable)
                property.ShouldSerialize = (_, value) => !string.IsNullOrWhiteSpace((string?)value);
        }
    }

    private static PackReadResult NotJson(JsonException e)
    {
        // The reader's message ends with "LineNumber: 0 | BytePositionInLine: 4."; say it the way people count.
        var reason = e.Message;
        var technical = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (technical >= 0)
            reason = reason[..technical];
        reason = reason.TrimEnd(' ', '.');
        var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : "";
        return new(null, [new PackProblem("$", $"The file is not valid JSON: {reason}{where}")]);
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9-]{1,19}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex RatingKeyPattern();

    // [0-9], not \d: \d would also accept digits from other scripts.
    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)*$")]
    private static partial Regex NumberPattern();

    /// <summary>A level of the numbering: criterion 1, sub-criterion 1.2, element 1.2.3.</summary>
    private sealed record Level(string Name, int Depth, string Form, string Example)
    {
        public static readonly Level Criterion = new("Criterion", 1, "a whole number", "1");
        public static readonly Level SubCriterion = new("Sub-criterion", 2, "its criterion's number, a dot and a whole number", "1.2");
        public static readonly Level Element = new("Element", 3, "its sub-criterion's number, a dot and a whole number", "1.2.3");

        public string Lower => Name.ToLowerInvariant();
    }

    /// <summary>
    /// One read of one document. Every check runs even after a failure, so that all problems are reported.
    /// Properties the format does not know, at any depth, are ignored: a newer pack can add fields and still be
    /// read by this version.
    /// </summary>
    private sealed class PackParser
    {
        private readonly List<PackProblem> _problems = [];
        private readonly Dictionary<Level, Dictionary<string, string>> _numbers = new()
        {
            [Level.Criterion] = new(StringComparer.Ordinal),
            [Level.SubCriterion] = new(StringComparer.Ordinal),
            [Level.Element] = new(StringComparer.Ordinal),
        };

        public PackReadResult Parse(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
                return new(null, [new PackProblem("$", $"The pack must be a JSON object, not {Describe(root.ValueKind)}")]);

            var code = RequiredText(root, "$", "code", MaxCodeLength);
            if (code is not null && !CodePattern().IsMatch(code))
                Problem("$.code", $"'code' must be a capital letter then 1 to 19 capital letters, digits or hyphens, such as CSE, not '{code}'");
            var title = RequiredText(root, "$", "title", MaxTitleLength);
            var owner = OptionalText(root, "$", "owner", MaxTitleLength);
            var version = RequiredText(root, "$", "version", MaxVersionLength);
            if (version is not null && !VersionPattern().IsMatch(version))
                Problem("$.version", $"'version' must start with a letter or digit and have only letters, digits, dots, hyphens and underscores, such as summaries-1, not '{version}'");
            var wording = RequiredText(root, "$", "wording", int.MaxValue);
            if (wording is not null && wording is not ("summaries" or "official"))
                Problem("$.wording", $"'wording' must be 'summaries' or 'official', not '{wording}'");
            var (ratings, ratingKeys) = ReadRatings(root);
            var outcome = ReadOutcome(root, ratingKeys);
            var crosswalk = ReadCrosswalk(root);
            var criteria = ReadCriteria(root, out var criteriaRead);
            if (criteriaRead)
                CheckCrosswalkTargets(crosswalk);

            if (_problems.Count > 0)
                return new(null, _problems);
            return new(new StandardPack
            {
                Code = code!,
                Title = title!,
                Owner = owner,
                Version = version!,
                Wording = wording!,
                Ratings = ratings,
                Outcome = outcome,
                Crosswalk = crosswalk.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
                Criteria = criteria,
            }, []);
        }

        private (List<PackRating> Ratings, HashSet<string>? Keys) ReadRatings(JsonElement root)
        {
            var ratings = new List<PackRating>();
            if (RequiredList(root, "$", "ratings") is not { } items)
                return (ratings, null);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            // Keys and names differing only in case would look the same to the people choosing a rating.
            var keyPaths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var namePaths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var compliance = new List<bool?>();
            foreach (var (item, path) in Items(items, "$.ratings"))
            {
                if (!IsObject(item, path, "rating"))
                    continue;
                var key = RequiredText(item, path, "key", MaxKeyLength);
                if (key is not null)
                {
                    keys.Add(key);
                    if (!RatingKeyPattern().IsMatch(key))
                        Problem($"{path}.key", $"Rating key '{key}' must start with a letter and have only letters and digits, such as PartialCompliance");
                    else if (!keyPaths.TryAdd(key, $"{path}.key"))
                        Problem($"{path}.key", $"Duplicate rating key '{key}' (also at {keyPaths[key]})");
                }
                var name = RequiredText(item, path, "name", MaxTitleLength);
                if (name is not null && !namePaths.TryAdd(name, $"{path}.name"))
                    Problem($"{path}.name", $"Duplicate rating name '{name}' (also at {namePaths[name]})");
                var points = ReadPoints(item, path);
                bool? compliant = Required(item, path, "countsAsCompliant", JsonValueKind.True) is { } c ? c.GetBoolean() : null;
                compliance.Add(compliant);
                ratings.Add(new PackRating { Key = key ?? "", Name = name ?? "", Points = points, CountsAsCompliant = compliant ?? false });
            }
            // Without a compliant rating no assessment could ever certify; only say so when every flag could be read.
            if (compliance.Count == items.GetArrayLength() && compliance.All(c => c is not null) && !compliance.Contains(true))
                Problem("$.ratings", "At least one rating must count as compliant");
            return (ratings, keys);
        }

        private int ReadPoints(JsonElement rating, string path)
        {
            if (Required(rating, path, "points", JsonValueKind.Number) is not { } value)
                return 0;
            if (!value.TryGetDecimal(out var points) || points < 0 || points > 100)
                Problem($"{path}.points", "'points' must be between 0 and 100");
            else if (points != decimal.Truncate(points))
                Problem($"{path}.points", "'points' must be a whole number");
            else
                return (int)points;
            return 0;
        }

        private PackOutcome ReadOutcome(JsonElement root, HashSet<string>? ratingKeys)
        {
            if (Required(root, "$", "outcome", JsonValueKind.Object) is not { } outcome)
                return new();
            var share = 0m;
            if (Required(outcome, "$.outcome", "minimumCompliantShare", JsonValueKind.Number) is { } value
                && (!value.TryGetDecimal(out share) || share < 0 || share > 1))
            {
                Problem("$.outcome.minimumCompliantShare", "'minimumCompliantShare' must be between 0 and 1");
            }
            return new PackOutcome
            {
                MinimumCompliantShare = share,
                BlockingRatings = ReadRatingKeys(outcome, "blockingRatings", ratingKeys),
                ActionPlanRatings = ReadRatingKeys(outcome, "actionPlanRatings", ratingKeys),
            };
        }

        /// <summary>A list of rating keys, which may be empty. <paramref name="known"/> is null when the ratings could not be read.</summary>
        private List<string> ReadRatingKeys(JsonElement outcome, string name, HashSet<string>? known)
        {
            var keys = new List<string>();
            if (Required(outcome, "$.outcome", name, JsonValueKind.Array) is not { } items)
                return keys;
            foreach (var (item, path) in Items(items, $"$.outcome.{name}"))
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    Problem(path, $"Each rating key must be a string, not {Describe(item.ValueKind)}");
                    continue;
                }
                var key = item.GetString()!.Trim();
                if (known is not null && !known.Contains(key))
                    Problem(path, $"Unknown rating key '{key}'");
                else if (keys.Contains(key))
                    Problem(path, $"Rating key '{key}' is listed more than once");
                keys.Add(key);
            }
            return keys;
        }

        private List<(string Key, string Value, string Path)> ReadCrosswalk(JsonElement root)
        {
            var entries = new List<(string Key, string Value, string Path)>();
            if (Property(root, "crosswalk") is not { } crosswalk)
                return entries;
            if (crosswalk.ValueKind != JsonValueKind.Object)
            {
                Problem("$.crosswalk", $"'crosswalk' must be an object, not {Describe(crosswalk.ValueKind)}");
                return entries;
            }
            foreach (var entry in crosswalk.EnumerateObject())
            {
                var path = $"$.crosswalk['{entry.Name.Replace("'", "\\'", StringComparison.Ordinal)}']";
                var key = entry.Name.Trim();
                var valid = true;
                if (!NumberPattern().IsMatch(key))
                {
                    Problem(path, $"Crosswalk key '{key}' is not an element number");
                    valid = false;
                }
                else if (entries.Exists(e => e.Key == key))
                {
                    Problem(path, $"Duplicate crosswalk key '{key}'");
                    valid = false;
                }
                if (entry.Value.ValueKind != JsonValueKind.String)
                {
                    Problem(path, $"Crosswalk value for '{key}' must be a string, not {Describe(entry.Value.ValueKind)}");
                    continue;
                }
                var value = entry.Value.GetString()!.Trim();
                if (!NumberPattern().IsMatch(value))
                    Problem(path, $"Crosswalk value '{value}' is not an element number");
                else if (valid)
                    entries.Add((key, value, path));
            }
            return entries;
        }

        private void CheckCrosswalkTargets(List<(string Key, string Value, string Path)> crosswalk)
        {
            foreach (var (key, value, path) in crosswalk)
            {
                if (!_numbers[Level.Element].ContainsKey(value))
                    Problem(path, $"Crosswalk maps {key} to {value}, which is not an element in this pack");
            }
        }

        private List<PackCriterion> ReadCriteria(JsonElement root, out bool read)
        {
            var criteria = new List<PackCriterion>();
            read = false;
            if (RequiredList(root, "$", "criteria") is not { } items)
                return criteria;
            read = true;
            foreach (var (item, path) in Items(items, "$.criteria"))
            {
                if (!IsObject(item, path, "criterion"))
                    continue;
                var number = ReadNumber(item, path, Level.Criterion, parent: null);
                criteria.Add(new PackCriterion
                {
                    Number = number ?? "",
                    Title = RequiredText(item, path, "title", MaxTitleLength) ?? "",
                    SubCriteria = ReadSubCriteria(item, path, number),
                });
            }
            return criteria;
        }

        private List<PackSubCriterion> ReadSubCriteria(JsonElement criterion, string criterionPath, string? criterionNumber)
        {
            var subCriteria = new List<PackSubCriterion>();
            if (RequiredList(criterion, criterionPath, "subCriteria") is not { } items)
                return subCriteria;
            foreach (var (item, path) in Items(items, $"{criterionPath}.subCriteria"))
            {
                if (!IsObject(item, path, "sub-criterion"))
                    continue;
                var number = ReadNumber(item, path, Level.SubCriterion, criterionNumber);
                subCriteria.Add(new PackSubCriterion
                {
                    Number = number ?? "",
                    Title = RequiredText(item, path, "title", MaxTitleLength) ?? "",
                    Elements = ReadElements(item, path, number),
                });
            }
            return subCriteria;
        }

        private List<PackElement> ReadElements(JsonElement subCriterion, string subCriterionPath, string? subCriterionNumber)
        {
            var elements = new List<PackElement>();
            if (RequiredList(subCriterion, subCriterionPath, "elements") is not { } items)
                return elements;
            foreach (var (item, path) in Items(items, $"{subCriterionPath}.elements"))
            {
                if (!IsObject(item, path, "element"))
                    continue;
                elements.Add(new PackElement
                {
                    Number = ReadNumber(item, path, Level.Element, subCriterionNumber) ?? "",
                    Title = RequiredText(item, path, "title", MaxTitleLength) ?? "",
                    Statement = RequiredText(item, path, "statement", MaxTextLength) ?? "",
                    Guidance = OptionalText(item, path, "guidance", MaxTextLength),
                    ShowMe = OptionalText(item, path, "showMe", MaxTextLength),
                    TellMe = OptionalText(item, path, "tellMe", MaxTextLength),
                });
            }
            return elements;
        }

        /// <summary>
        /// The number when it is well formed (even if misplaced, so that its children are still checked against
        /// it); null otherwise. <paramref name="parent"/> is null for a criterion or when the parent's number was bad.
        /// </summary>
        private string? ReadNumber(JsonElement item, string itemPath, Level level, string? parent)
        {
            if (Required(item, itemPath, "number", JsonValueKind.String) is not { } value)
                return null;
            var path = $"{itemPath}.number";
            var number = value.GetString()!.Trim();
            if (number.Length > MaxNumberLength)
            {
                Problem(path, $"'number' must be {MaxNumberLength} characters or fewer (it has {number.Length})");
                return null;
            }
            if (!NumberPattern().IsMatch(number) || number.Count(c => c == '.') != level.Depth - 1)
            {
                Problem(path, $"{level.Name} number '{number}' is malformed: use {level.Form}, such as {level.Example}");
                return null;
            }
            if (parent is not null && !number.StartsWith(parent + ".", StringComparison.Ordinal))
            {
                var parentLevel = level == Level.Element ? Level.SubCriterion : Level.Criterion;
                Problem(path, $"{level.Name} {number} is not inside {parentLevel.Lower} {parent}");
            }
            var seen = _numbers[level];
            if (!seen.TryAdd(number, path))
                Problem(path, $"Duplicate {level.Lower} number {number} (also at {seen[number]})");
            return number;
        }

        private static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement array, string path) =>
            array.EnumerateArray().Select((item, i) => (item, $"{path}[{i}]"));

        private bool IsObject(JsonElement item, string path, string what)
        {
            if (item.ValueKind == JsonValueKind.Object)
                return true;
            Problem(path, $"Each {what} must be an object, not {Describe(item.ValueKind)}");
            return false;
        }

        /// <summary>The property, or null when it is absent or JSON null: both mean "not given".</summary>
        private static JsonElement? Property(JsonElement item, string name) =>
            item.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

        /// <summary>The property when present and of the right kind (<see cref="JsonValueKind.True"/> stands for either boolean).</summary>
        private JsonElement? Required(JsonElement item, string itemPath, string name, JsonValueKind kind)
        {
            var path = $"{itemPath}.{name}";
            if (Property(item, name) is not { } value)
            {
                Problem(path, $"'{name}' is required");
                return null;
            }
            var matches = kind == JsonValueKind.True
                ? value.ValueKind is JsonValueKind.True or JsonValueKind.False
                : value.ValueKind == kind;
            if (matches)
                return value;
            var expected = kind == JsonValueKind.True ? "true or false" : Describe(kind);
            Problem(path, $"'{name}' must be {expected}, not {Describe(value.ValueKind)}");
            return null;
        }

        private JsonElement? RequiredList(JsonElement item, string itemPath, string name)
        {
            if (Required(item, itemPath, name, JsonValueKind.Array) is not { } list)
                return null;
            if (list.GetArrayLength() > 0)
                return list;
            Problem($"{itemPath}.{name}", $"'{name}' must not be empty");
            return null;
        }

        private string? RequiredText(JsonElement item, string itemPath, string name, int maxLength)
        {
            if (Required(item, itemPath, name, JsonValueKind.String) is not { } value)
                return null;
            var text = value.GetString()!.Trim();
            if (text.Length == 0)
            {
                Problem($"{itemPath}.{name}", $"'{name}' must not be empty");
                return null;
            }
            return WithinLength(text, $"{itemPath}.{name}", name, maxLength);
        }

        /// <summary>Optional text; empty text counts as not given.</summary>
        private string? OptionalText(JsonElement item, string itemPath, string name, int maxLength)
        {
            if (Property(item, name) is not { } value)
                return null;
            if (value.ValueKind != JsonValueKind.String)
            {
                Problem($"{itemPath}.{name}", $"'{name}' must be a string, not {Describe(value.ValueKind)}");
                return null;
            }
            var text = value.GetString()!.Trim();
            return text.Length == 0 ? null : WithinLength(text, $"{itemPath}.{name}", name, maxLength);
        }

        private string? WithinLength(string text, string path, string name, int maxLength)
        {
            if (text.Length <= maxLength)
                return text;
            Problem(path, $"'{name}' must be {maxLength} characters or fewer (it has {text.Length})");
            return null;
        }

        private void Problem(string path, string message) => _problems.Add(new PackProblem(path, message));
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
