using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;

namespace StandardBearer.Cli.Commands;

/// <summary>A body's league table and one holder's position, for a body's staff working from the command line.</summary>
public static class BenchmarkCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var benchmark = new Command("benchmark", "League tables and positions from a body's holders' ratings");
        var body = new Option<string>("--body") { Description = "The certification body's name", Required = true };
        var year = new Option<int?>("--year") { Description = "Standing at the end of this year (default: today)" };
        var sector = new Option<string?>("--sector") { Description = $"Only this sector: {string.Join(", ", Enum.GetNames<Sector>())}" };
        sector.AcceptOnlyFromAmong(Enum.GetNames<Sector>());
        var region = new Option<string?>("--region") { Description = $"Only this region: {string.Join(", ", Enum.GetNames<Region>())}" };
        region.AcceptOnlyFromAmong(Enum.GetNames<Region>());
        var size = new Option<string?>("--size") { Description = $"Only this size band: {string.Join(", ", Enum.GetNames<SizeBand>())}" };
        size.AcceptOnlyFromAmong(Enum.GetNames<SizeBand>());

        var tableFormat = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        tableFormat.AcceptOnlyFromAmong("table", "csv", "json");
        var leagueTable = new Command("league-table", "The body's holders ranked by points") { body, year, sector, region, size, tableFormat };
        leagueTable.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var (table, error) = await TableAsync(parse.GetValue(body)!, parse.GetValue(year), Group(parse, sector, region, size), ct);
            if (table is null) return Fail(error!);
            switch (parse.GetValue(tableFormat))
            {
                case "csv":
                    await Console.Out.WriteAsync(BenchmarkExport.ToCsv(table));
                    break;
                case "json":
                    await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new
                    {
                        asOf = table.AsOf, body = table.Title, pointsScheme = table.Points.SchemeName, pointsDescription = table.PointsDescription,
                        rows = table.Entries.Select(e => new
                        {
                            rank = e.Row.Rank, tied = e.Row.Tied, organisation = e.Organisation.Name, sector = e.Organisation.Sector.ToString(),
                            region = e.Organisation.Region.ToString(), points = e.Score.Points, compliancePlus = e.Score.CompliancePlus,
                            compliance = e.Score.Compliance, partial = e.Score.Partial, nonCompliance = e.Score.NonCompliance,
                        }),
                    }, Json));
                    break;
                default:
                    await Console.Out.WriteAsync(Text(table));
                    break;
            }
            return 0;
        }));

        var organisation = new Option<string>("--organisation") { Description = "The organisation's name", Required = true };
        var positionFormat = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        positionFormat.AcceptOnlyFromAmong("text", "json");
        var position = new Command("position", "Where one holder stands in its body's table, with the sentence for its board")
            { body, organisation, year, sector, region, size, positionFormat };
        position.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var name = parse.GetValue(organisation)!.Trim();
            var (table, error) = await TableAsync(parse.GetValue(body)!, parse.GetValue(year), Group(parse, sector, region, size), ct, name);
            if (table is null) return Fail(error!);
            var entry = table.Entries.FirstOrDefault(e => string.Equals(e.Organisation.Name, name, StringComparison.OrdinalIgnoreCase));
            if (entry is null) return Fail($"{name} is not among {table.Title}'s holders on {Dates.Day(table.AsOf)}.");
            var p = LeagueTable.PositionOf(table.Rows, entry.Organisation.Id)!;
            if (parse.GetValue(positionFormat) == "json")
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    rank = p.Rank, tied = p.Tied, total = p.Total, ahead = p.Ahead, aheadWithPartial = p.AheadWithPartial, withoutPartial = p.WithoutPartial,
                    isWithoutPartial = p.IsWithoutPartial, points = p.Points, sentence = p.Sentence,
                }, Json));
            else
                await Console.Out.WriteLineAsync($"{entry.Organisation.Name}, {table.Title}, {Dates.Day(table.AsOf)}:\n{p.Sentence}\n{table.PointsDescription}");
            return 0;
        }));

        benchmark.Subcommands.Add(leagueTable);
        benchmark.Subcommands.Add(position);
        return benchmark;
    }

    private static PeerGroup Group(ParseResult parse, Option<string?> sector, Option<string?> region, Option<string?> size) => new(
        parse.GetValue(sector) is { } s ? Enum.Parse<Sector>(s) : null,
        parse.GetValue(region) is { } r ? Enum.Parse<Region>(r) : null,
        parse.GetValue(size) is { } b ? Enum.Parse<SizeBand>(b) : null);

    private static async Task<(BenchmarkTable? Table, string? Error)> TableAsync(string bodyName, int? year, PeerGroup group, CancellationToken ct,
        string? organisation = null)
    {
        using var host = CliHost.Build();
        await using var scope = host.OperatorScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = Dates.ToDate(db.Time.GetUtcNow());
        if (Standings.AsOf(year, today) is not { } asOf) return (null, $"{year} has not happened yet: give a year up to {today.Year}.");
        var lowered = bodyName.Trim().ToLowerInvariant();
        var bodyId = await db.CertificationBodies.Where(b => b.Name.ToLower() == lowered).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        if (bodyId is null) return (null, $"There is no certification body called {bodyName}.");
        if (organisation is not null)
        {
            var name = organisation.ToLowerInvariant();
            if (!await db.Organisations.AnyAsync(o => o.Name.ToLower() == name, ct)) return (null, $"There is no organisation called {organisation}.");
        }
        var data = await BenchmarkQueries.LoadAsync(db, ct: ct);
        return (Benchmarks.Table(data, bodyId, asOf, group), null);
    }

    /// <summary>Fixed-width columns for a terminal, with the points basis under the table.</summary>
    private static string Text(BenchmarkTable table)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{table.Title}: {table.Entries.Count} holder(s) on {Dates.Day(table.AsOf)}{(table.Group.IsAll ? "" : $" ({table.Group.Describe()})")}");
        var width = Math.Max(12, table.Entries.Select(e => e.Organisation.Name.Length).DefaultIfEmpty(0).Max());
        text.AppendLine(CultureInfo.InvariantCulture, $"{"Rank",-5} {"Organisation".PadRight(width)} {"Sector",-20} {"Region",-24} {"Points",6} {"C+",3} {"C",3} {"PC",3} {"NC",3}");
        foreach (var e in table.Entries)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{(e.Row.Tied ? "=" : "") + e.Row.Rank,-5} {e.Organisation.Name.PadRight(width)} {OrganisationNames.Display(e.Organisation.Sector),-20} {OrganisationNames.Display(e.Organisation.Region),-24} {e.Score.Points,6} {e.Score.CompliancePlus,3} {e.Score.Compliance,3} {e.Score.Partial,3} {e.Score.NonCompliance,3}");
        text.AppendLine(table.PointsDescription);
        return text.ToString();
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return CommandErrors.Failed;
    }
}
