using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Data;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Data;

/// <summary>What the web host does with migrations at start, per provider (docs/decisions/0002).</summary>
public sealed class StartupMigrationTests
{
    private static async Task<int> PendingAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return (await DatabaseSetup.PendingMigrationsAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>())).Count;
    }

    [Fact]
    public async Task Start_SqliteWithoutMigrateOnStart_MigratesAnyway()
    {
        await using var database = TestDatabase.Sqlite();
        await using var services = database.Services(migrateOnStart: false);

        await DatabaseSetup.PrepareForStartAsync(services);

        Assert.Equal(0, await PendingAsync(services));
    }

    [PostgresFact]
    public async Task Start_PostgresWithPendingMigrations_RefusesToStart()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await using var services = database.Services(migrateOnStart: false);

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseSetup.PrepareForStartAsync(services));

        Assert.Contains("pending migration", e.Message);
        Assert.Contains("sb db migrate", e.Message);
        Assert.True(await PendingAsync(services) > 0, "nothing should have been applied");
    }

    [PostgresFact]
    public async Task Start_PostgresWithMigrateOnStart_Migrates()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await using var services = database.Services(migrateOnStart: true);

        await DatabaseSetup.PrepareForStartAsync(services);

        Assert.Equal(0, await PendingAsync(services));
    }
}
