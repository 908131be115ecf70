using System.CommandLine;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Register;

namespace StandardBearer.Cli.Commands;

public static class RegisterCommands
{
    public static Command Create()
    {
        var register = new Command("register", "The public register of holders");
        var format = new Option<string>("--format") { Description = "csv or xlsx", Required = true };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var output = new Option<FileInfo?>("--out") { Description = "The file to write (a CSV goes to standard output without it; an XLSX needs it)" };
        var body = new Option<string?>("--body") { Description = "A certification body's name: every certificate it issued, in every status, for its own CertSearch upload" };
        var includeConfidential = new Option<bool>("--include-confidential") { Description = "With --body: include the certificates the body keeps off the public register" };

        var export = new Command("export", "Export the register in the field layout of IAF CertSearch uploads") { format, output, body, includeConfidential };
        export.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var xlsx = parse.GetValue(format) == "xlsx";
            var target = parse.GetValue(output);
            var bodyName = parse.GetValue(body);
            if (xlsx && target is null) return Fail(CommandErrors.Invalid, "an XLSX file cannot go to standard output: give the file to write with --out FILE.");
            if (parse.GetValue(includeConfidential) && bodyName is null) return Fail(CommandErrors.Invalid, "--include-confidential needs --body: the public register never shows confidential certificates.");

            using var host = CliHost.Build();
            await using var scope = host.OperatorScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var today = Dates.ToDate(db.Time.GetUtcNow());
            IReadOnlyList<RegisterExportRow> rows;
            if (bodyName is null)
            {
                rows = await RegisterExport.PublicAsync(db, new RegisterQuery(), today, ct);
            }
            else
            {
                var bodyId = await db.CertificationBodies.Where(b => b.Name == bodyName.Trim()).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
                if (bodyId is null) return Fail(CommandErrors.Failed, $"There is no certification body called {bodyName}.");
                rows = await RegisterExport.ForBodyAsync(db, bodyId.Value, parse.GetValue(includeConfidential), today, ct);
            }

            if (target is null)
            {
                await Console.Out.WriteAsync(RegisterExport.ToCsv(rows));
                return 0;
            }
            if (xlsx) await File.WriteAllBytesAsync(target.FullName, RegisterExport.ToXlsx(rows), ct);
            // A byte-order mark, so a spreadsheet opened on the file reads names like "Ynys Môn" as UTF-8.
            else await File.WriteAllTextAsync(target.FullName, RegisterExport.ToCsv(rows), new UTF8Encoding(true), ct);
            Console.WriteLine($"Wrote {rows.Count} certificate(s) to {target.FullName}");
            return 0;
        }));

        register.Subcommands.Add(export);
        return register;
    }

    private static int Fail(int code, string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return code;
    }
}
