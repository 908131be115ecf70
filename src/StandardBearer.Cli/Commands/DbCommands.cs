using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;

namespace StandardBearer.Cli.Commands;

public static class DbCommands
{
    public static Command Create()
    {
        var db = new Command("db", "Database tasks");
        var migrate = new Command("migrate", "Apply pending migrations to the configured database (SQLite or PostgreSQL)");
        migrate.SetAction((_, ct) => CommandErrors.RunAsync(async () =>
        {
            using var host = CliHost.Build();
            await using var scope = host.OperatorScope();
            var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var pending = await DatabaseSetup.PendingMigrationsAsync(context, ct);
            await DatabaseSetup.MigrateAsync(context, ct);
            var seeded = await scope.ServiceProvider.GetRequiredService<StandardService>().EnsureBuiltInAsync(ct);
            Console.WriteLine(pending.Count == 0
                ? "The database is up to date."
                : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            if (seeded) Console.WriteLine("Published the built-in CSE standard pack (summaries-1).");
            return 0;
        }));
        db.Subcommands.Add(migrate);
        return db;
    }
}
