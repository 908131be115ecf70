using System.CommandLine;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Cli.Commands;

public static class StandardCommands
{
    public static Command Create()
    {
        var standard = new Command("standard", "The standard catalogue: versions, import, export, publish, retire");
        var code = new Option<string>("--code") { Description = "The standard's code, e.g. CSE", Required = true };
        var version = new Option<string>("--version") { Description = "The version label, e.g. summaries-1", Required = true };
        var optionalVersion = new Option<string?>("--version") { Description = "The version label (default: the current published version)" };
        var output = new Option<FileInfo>("--out") { Description = "The file to write", Required = true };
        var file = new Argument<FileInfo>("FILE") { Description = "A standard pack (JSON)" };

        var list = new Command("list", "List every standard and version with its status");
        list.SetAction((_, ct) => WithCatalogue(async (sp, db) =>
        {
            var versions = await StandardCatalogue.Summaries(db).ToListAsync(ct);
            Console.WriteLine($"{"CODE",-8} {"VERSION",-20} {"STATUS",-10} {"WORDING",-10} {"ELEMENTS",8}  PUBLISHED");
            foreach (var v in versions)
                Console.WriteLine($"{v.Code,-8} {v.Label,-20} {v.Status,-10} {v.Wording,-10} {v.Elements,8}  {v.PublishedAt?.ToString("yyyy-MM-dd") ?? "-"}");
            return 0;
        }));

        var show = new Command("show", "Show a version's criteria, sub-criteria and elements") { code, optionalVersion };
        show.SetAction((parse, ct) => WithCatalogue(async (sp, db) =>
        {
            var c = parse.GetValue(code)!;
            var label = parse.GetValue(optionalVersion);
            var summary = label is null ? await StandardCatalogue.CurrentAsync(db, c, ct) : await StandardCatalogue.FindAsync(db, c, label, ct);
            if (summary is null) return Fail(label is null ? $"{c} has no published version." : $"There is no version {label} of {c}.");
            var tree = await StandardCatalogue.TreeAsync(db, summary, ct);
            Console.WriteLine($"{summary.StandardTitle} ({summary.Code}) version {summary.Label}: {summary.Status}, {(summary.IsSummaries ? "summaries" : "official wording")}");
            Console.WriteLine($"Ratings: {string.Join(", ", tree.Ratings.Select(r => $"{r.Name} {r.Points}"))}; certify at {tree.MinimumCompliantShare:P0} compliant");
            foreach (var cr in tree.Criteria)
            {
                Console.WriteLine($"{cr.Number} {cr.Title}");
                foreach (var s in cr.SubCriteria)
                {
                    Console.WriteLine($"  {s.Number} {s.Title}");
                    foreach (var e in s.Elements) Console.WriteLine($"    {e.Number} {e.Title}");
                }
            }
            return 0;
        }));

        var export = new Command("export", "Write a version as a standard pack") { code, version, output };
        export.SetAction((parse, ct) => WithCatalogue(async (sp, db) =>
        {
            var pack = await StandardCatalogue.ExportAsync(db, parse.GetValue(code)!, parse.GetValue(version)!, ct);
            if (pack is null) return Fail($"There is no version {parse.GetValue(version)} of {parse.GetValue(code)}.");
            var target = parse.GetValue(output)!;
            await File.WriteAllTextAsync(target.FullName, PackReader.Write(pack), new UTF8Encoding(false), ct);
            Console.WriteLine($"Wrote {target.FullName}");
            return 0;
        }));

        var import = new Command("import", "Import a standard pack as a new draft version (all or nothing)") { file };
        import.SetAction((parse, ct) => WithCatalogue(async (sp, db) =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists) return Fail($"There is no file {source.FullName}.");
            var result = await sp.GetRequiredService<StandardService>().ImportAsync(await File.ReadAllTextAsync(source.FullName, ct), Actor.System("sb standard import"), ct);
            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync($"error: the pack was not imported; nothing was written. {result.Problems.Count} problem(s):");
                foreach (var p in result.Problems) await Console.Error.WriteLineAsync($"  {p.Path}: {p.Message}");
                return CommandErrors.Invalid;
            }
            Console.WriteLine($"Imported {result.Version!.Standard!.Code} {result.Version.Label} as a draft. Publish it with: sb standard publish --code {result.Version.Standard.Code} --version {result.Version.Label}");
            return 0;
        }));

        var publish = new Command("publish", "Publish a draft version") { code, version };
        publish.SetAction((parse, ct) => WithCatalogue(async (sp, db) =>
        {
            await sp.GetRequiredService<StandardService>().PublishAsync(parse.GetValue(code)!, parse.GetValue(version)!, Actor.System("sb standard publish"), ct);
            Console.WriteLine($"Published {parse.GetValue(code)} {parse.GetValue(version)}.");
            return 0;
        }));

        var retire = new Command("retire", "Retire a published version") { code, version };
        retire.SetAction((parse, ct) => WithCatalogue(async (sp, db) =>
        {
            await sp.GetRequiredService<StandardService>().RetireAsync(parse.GetValue(code)!, parse.GetValue(version)!, Actor.System("sb standard retire"), ct);
            Console.WriteLine($"Retired {parse.GetValue(code)} {parse.GetValue(version)}.");
            return 0;
        }));

        foreach (var c in new[] { list, show, export, import, publish, retire }) standard.Subcommands.Add(c);
        return standard;
    }

    private static Task<int> WithCatalogue(Func<IServiceProvider, AppDbContext, Task<int>> action) => CommandErrors.RunAsync(async () =>
    {
        using var host = CliHost.Build();
        await using var scope = host.OperatorScope();
        return await action(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<AppDbContext>());
    });

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return CommandErrors.Failed;
    }
}
