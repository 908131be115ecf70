using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Data;
using StandardBearer.Core.Demo;
using StandardBearer.Core.Standards;

namespace StandardBearer.Cli.Commands;

public static class DemoCommands
{
    public static Command Create()
    {
        var demo = new Command("demo", "Demo data");
        var seed = new Command("seed", "Migrate the database, then fill it with the demo users, bodies and organisations if it is empty");
        seed.SetAction((_, ct) => CommandErrors.RunAsync(async () =>
        {
            using var host = CliHost.Build();
            await using var scope = host.OperatorScope();
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), ct);
            await scope.ServiceProvider.GetRequiredService<StandardService>().EnsureBuiltInAsync(ct);
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
            Console.WriteLine(seeded
                ? $"Seeded {DemoSeeder.Users.Count} demo users. Every demo password is {DemoSeeder.Password}"
                : "The database already has data; nothing was seeded.");
            return 0;
        }));
        demo.Subcommands.Add(seed);
        return demo;
    }
}
