using System.Collections.Concurrent;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace StandardBearer.Web.Tests.Govuk;

/// <summary>The fixtures govuk-frontend ships with each component: options given to its Nunjucks macro and the HTML it made.</summary>
internal static class GovukFixtures
{
    private static readonly Lazy<string> ComponentsDirectory = new(FindComponentsDirectory);
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, GovukFixture>> Loaded = new();

    public static GovukFixture Get(string component, string name)
    {
        var fixtures = Loaded.GetOrAdd(component, Load);
        return fixtures.TryGetValue(name, out var fixture)
            ? fixture
            : throw new ArgumentException($"govuk-frontend has no '{name}' fixture for {component}.", nameof(name));
    }

    private static Dictionary<string, GovukFixture> Load(string component)
    {
        var path = Path.Combine(ComponentsDirectory.Value, component, "fixtures.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("fixtures").EnumerateArray()
            .Select(f => new GovukFixture(
                f.GetProperty("name").GetString()!,
                new FixtureOptions(f.GetProperty("options").Clone()),
                f.GetProperty("html").GetString()!))
            .ToDictionary(f => f.Name);
    }

    // Walks up from the test binaries so the tests find the npm package wherever the repo is cloned.
    private static string FindComponentsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StandardBearer.slnx")))
            {
                var components = Path.Combine(directory.FullName, "src", "StandardBearer.Web", "node_modules", "govuk-frontend", "dist", "govuk", "components");
                return Directory.Exists(components)
                    ? components
                    : throw new DirectoryNotFoundException($"{components} is missing: build src/StandardBearer.Web once, which runs npm ci.");
            }
        }

        throw new DirectoryNotFoundException($"No StandardBearer.slnx above {AppContext.BaseDirectory}.");
    }
}

internal sealed record GovukFixture(string Name, FixtureOptions Options, string Html)
{
    private static readonly string[] IdAttributes = ["id", "for", "aria-describedby", "aria-labelledby", "aria-controls", "data-aria-controls"];

    /// <summary>
    /// The fixture's HTML with its made-up id and names replaced by ours: our ids and names come from
    /// asp-for, so this is the one place our markup is allowed to differ. Ids derived from the fixture's
    /// id (<c>x-hint</c>, <c>x-2</c>) follow it.
    /// </summary>
    public string HtmlForField(string fixtureId, string ourId, IReadOnlyDictionary<string, string> names)
    {
        var parser = new HtmlParser();
        var context = parser.ParseDocument(string.Empty).Body!;
        var nodes = parser.ParseFragment(Html, context);
        foreach (var element in nodes.OfType<IElement>().SelectMany(e => e.DescendantsAndSelf<IElement>()))
        {
            foreach (var attribute in IdAttributes)
            {
                if (element.GetAttribute(attribute) is { } value)
                {
                    var tokens = value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Select(token => token == fixtureId || token.StartsWith(fixtureId + "-", StringComparison.Ordinal)
                            ? ourId + token[fixtureId.Length..]
                            : token);
                    element.SetAttribute(attribute, string.Join(' ', tokens));
                }
            }

            if (element.GetAttribute("name") is { } name && names.TryGetValue(name, out var ourName))
            {
                element.SetAttribute("name", ourName);
            }
        }

        return string.Concat(nodes.Select(node => node.ToHtml(HtmlMarkupFormatter.Instance)));
    }

    /// <summary>For a single-control component, whose id defaults to its name as in GOV.UK's macros.</summary>
    public string HtmlForField(string ourName)
    {
        var fixtureName = Options.Text("name") ?? string.Empty;
        var fixtureId = Options.Text("id") ?? Options.Text("idPrefix") ?? fixtureName;
        return HtmlForField(fixtureId, ourName.Replace('.', '_'), new Dictionary<string, string> { [fixtureName] = ourName });
    }
}
