using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;

namespace StandardBearer.Cli.Commands;

public static class ResultsCommands
{
    public static Command Create()
    {
        var results = new Command("results", "Historical assessment results, for benchmarking");
        var file = new Argument<FileInfo>("FILE") { Description = $"A CSV file with the header {string.Join(",", ResultsImportService.Columns)} and one row per element rating" };
        var standard = new Option<string>("--standard") { Description = "The standard's code", DefaultValueFactory = _ => "CSE" };
        var version = new Option<string?>("--version") { Description = "The version label (default: the standard's newest published version)" };
        var createMissing = new Option<bool>("--create-missing") { Description = "Create organisations and certification bodies that are not on StandardBearer yet" };

        var import = new Command("import", "Import results from a CSV file (all or nothing; importing the same file again changes nothing)") { file, standard, version, createMissing };
        import.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists)
            {
                await Console.Error.WriteLineAsync($"error: There is no file {source.FullName}.");
                return CommandErrors.Failed;
            }

            using var host = CliHost.Build();
            await using var scope = host.OperatorScope();
            ResultsImportReport report;
            await using (var stream = source.OpenRead())
            {
                report = await scope.ServiceProvider.GetRequiredService<ResultsImportService>().ImportAsync(stream, new ResultsImportOptions
                {
                    FileName = source.Name, StandardCode = parse.GetValue(standard)!, VersionLabel = parse.GetValue(version), CreateMissing = parse.GetValue(createMissing),
                }, Actor.System("sb results import"), ct);
            }
            if (!report.Succeeded)
            {
                await Console.Error.WriteLineAsync($"error: the results were not imported; nothing was written. {report.TotalProblems:N0} problem(s):");
                foreach (var problem in report.Problems) await Console.Error.WriteLineAsync($"  {problem}");
                if (report.ProblemsNotListed > 0) await Console.Error.WriteLineAsync($"  and {report.ProblemsNotListed:N0} more");
                return CommandErrors.Invalid;
            }
            Console.WriteLine($"Imported {source.Name} against {report.StandardCode} {report.VersionLabel}: {report.Summary()}");
            return 0;
        }));

        results.Subcommands.Add(import);
        return results;
    }
}
