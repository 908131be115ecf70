using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Tenancy;

namespace StandardBearer.Bench;

/// <summary>
/// <c>results-import [--rows N]</c>: how long a body's first big results import takes, and the same file again. Not a
/// BenchmarkDotNet benchmark: one import of 100,000 rows is the thing to time, into a fresh SQLite database each run,
/// and repeating it in one process would time a database that already holds the results. The file is the same every
/// run (seeded), about 1,750 assessments of the 57 elements of CSE over three years, with the organisations created by
/// the import as a body moving its history over would do.
/// </summary>
public static class ResultsImportTiming
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length >= 2 && args[0] == "--rows" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var folder = Path.Combine(Path.GetTempPath(), $"sb-bench-results-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(folder, "bench.db")}",
                ["Evidence:StorePath"] = Path.Combine(folder, "evidence"),
            }).Build();
            await using var services = new ServiceCollection()
                .AddLogging()
                .AddSingleton<IConfiguration>(configuration)
                .AddStandardBearerCore(configuration)
                .BuildServiceProvider();
            string bodyName;
            await using (var scope = Scope(services))
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await DatabaseSetup.MigrateAsync(db);
                await scope.ServiceProvider.GetRequiredService<StandardService>().EnsureBuiltInAsync();
                bodyName = "Benchmark Certification Ltd";
                db.CertificationBodies.Add(new Core.Certification.CertificationBody { Id = db.NewId(), Name = bodyName, CreatedAt = db.Time.GetUtcNow() });
                await db.SaveChangesAsync();
            }

            var generate = Stopwatch.StartNew();
            var csv = await GenerateAsync(services, bodyName, rows);
            generate.Stop();
            Console.WriteLine($"Generated {rows:N0} rows ({csv.Length / (1024.0 * 1024):N1} MB) in {generate.Elapsed.TotalSeconds:N1} s");

            var first = await TimeAsync(services, csv);
            var second = await TimeAsync(services, csv);
            Console.WriteLine($"First import:  {first.Seconds,6:N1} s  {first.Report.Summary()}");
            Console.WriteLine($"Second import: {second.Seconds,6:N1} s  {second.Report.Summary()}");
            return first.Report.Succeeded && second.Report.Succeeded ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static AsyncServiceScope Scope(IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().UseUnrestricted();
        return scope;
    }

    private static async Task<(double Seconds, ResultsImportReport Report)> TimeAsync(IServiceProvider services, byte[] csv)
    {
        await using var scope = Scope(services);
        var service = scope.ServiceProvider.GetRequiredService<ResultsImportService>();
        var clock = Stopwatch.StartNew();
        var report = await service.ImportAsync(new MemoryStream(csv), new ResultsImportOptions { FileName = "bench.csv", CreateMissing = true }, Actor.System("bench"));
        clock.Stop();
        if (!report.Succeeded) Console.WriteLine(string.Join("\n", report.Problems.Take(10)));
        return (clock.Elapsed.TotalSeconds, report);
    }

    /// <summary>Organisations each with an initial assessment, then annual reviews, all 57 elements every time, until <paramref name="rows"/>.</summary>
    private static async Task<byte[]> GenerateAsync(IServiceProvider services, string bodyName, int rows)
    {
        List<string> elements;
        await using (var scope = Scope(services))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var version = await StandardCatalogue.CurrentAsync(db, "CSE");
            elements = (await db.Elements.Where(e => e.StandardVersionId == version!.Id).Select(e => e.Number).ToListAsync())
                .OrderBy(n => n, ElementNumberComparer.Instance).ToList();
        }
        var ratings = new[] { "Compliance Plus", "Compliance", "Compliance", "Compliance", "Compliance", "Partial Compliance", "Non-Compliance" };
        var sectors = new[] { "Local government", "Health", "Housing", "Police", "Charity and voluntary", "Higher education" };
        var regions = new[] { "London", "North West", "Wales", "Scotland", "South East", "Yorkshire and The Humber" };
        var visits = new[] { ("2022-03-15", "Initial"), ("2023-03-15", "AnnualReview"), ("2024-03-15", "AnnualReview") };
        var random = new Random(2026);
        var text = new StringBuilder("organisation,sector,region,certification_body,assessment_date,assessment_type,element,rating\n");
        var written = 0;
        for (var o = 0; written < rows; o++)
        {
            foreach (var (date, type) in visits)
            {
                foreach (var element in elements.Take(rows - written))
                {
                    written++;
                    text.Append($"Benchmark Organisation {o:D4},{sectors[o % sectors.Length]},{regions[o % regions.Length]},{bodyName},{date},{type},{element},{ratings[random.Next(ratings.Length)]}\n");
                }
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
