using System.CommandLine;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Reports;

namespace StandardBearer.Cli.Commands;

/// <summary>An organisation's board report, generated (or regenerated, keeping its edits) and written to a file.</summary>
public static class ReportCommands
{
    public static readonly IReadOnlyList<string> Formats = ["docx", "pdf", "html", "md"];

    public static Command Create()
    {
        var report = new Command("report", "Reports drafted from an organisation's data");
        var organisation = new Option<string>("--organisation") { Description = "The organisation's name", Required = true };
        var year = new Option<int>("--year") { Description = "The assessment year (a calendar year)", Required = true };
        var format = new Option<string>("--format") { Description = "docx, pdf, html or md", Required = true };
        format.AcceptOnlyFromAmong([.. Formats]);
        var output = new Option<FileInfo>("--out") { Description = "The file to write", Required = true };

        var board = new Command("board", "The report to the board: generates it from the data (keeping any sections edited on the site) and writes it")
            { organisation, year, format, output };
        board.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var name = parse.GetValue(organisation)!.Trim();
            var reportYear = parse.GetValue(year);
            var target = parse.GetValue(output)!;
            if (!BoardReportService.IsValidYear(reportYear)) return Fail(CommandErrors.Invalid, $"{reportYear} is not a year a report can be about: give a year from 2000 to 2100.");
            if (target.Directory is { Exists: false } folder) return Fail(CommandErrors.Failed, $"cannot write {target.FullName}: the folder {folder.FullName} does not exist.");

            using var host = CliHost.Build();
            await using var scope = host.OperatorScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var lowered = name.ToLowerInvariant();
            var organisationId = await db.Organisations.Where(o => o.Name.ToLower() == lowered).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(ct);
            if (organisationId is null) return Fail(CommandErrors.Failed, $"There is no organisation called {name}.");

            await scope.ServiceProvider.GetRequiredService<BoardReportService>().GenerateAsync(organisationId.Value, reportYear, Actor.System("sb report board"), ct);
            var document = (await BoardReportQueries.GetAsync(db, organisationId.Value, reportYear, ct))!;
            var bytes = parse.GetValue(format) switch
            {
                "docx" => BoardReportExport.ToDocx(document),
                "pdf" => BoardReportExport.ToPdf(document),
                "html" => Encoding.UTF8.GetBytes(BoardReportExport.ToHtml(document)),
                _ => Encoding.UTF8.GetBytes(BoardReportExport.ToMarkdown(document)),
            };
            try
            {
                await File.WriteAllBytesAsync(target.FullName, bytes, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Fail(CommandErrors.Failed, $"cannot write {target.FullName}: {e.Message}");
            }
            var edited = document.Sections.Count(s => s.IsEdited);
            Console.WriteLine($"Wrote the {reportYear} board report for {document.OrganisationName} to {target.FullName}"
                + (edited > 0 ? $" ({edited} edited section{(edited == 1 ? "" : "s")} kept)." : "."));
            return 0;
        }));

        report.Subcommands.Add(board);
        return report;
    }

    private static int Fail(int code, string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return code;
    }
}
