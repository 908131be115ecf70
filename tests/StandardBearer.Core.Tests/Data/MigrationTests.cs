using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Data;

public abstract class MigrationTests(AppFixture app)
{
    [DbFact]
    public async Task Migrate_FreshDatabase_AppliesEveryMigrationAndLeavesNoModelChanges()
    {
        var (pending, applied, all, modelChanged) = await app.WithDbAsync(async db => (
            (await db.Database.GetPendingMigrationsAsync()).ToList(),
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            db.Database.GetMigrations().ToList(),
            db.Database.HasPendingModelChanges()));

        Assert.Empty(pending);
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.False(modelChanged, "The model has changes with no migration: run scripts/add-migration.sh");
    }

    [DbFact]
    public async Task Migrate_RunTwice_IsANoOp()
    {
        await app.WithDbAsync(async db =>
        {
            await DatabaseSetup.MigrateAsync(db);
            return 0;
        });
        var pending = await app.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).Count());
        Assert.Equal(0, pending);
    }
}

public sealed class MigrationTestsOnSqlite(SqliteApp app) : MigrationTests(app), IClassFixture<SqliteApp>
{
    private readonly SqliteApp _app = app;

    [Fact]
    public async Task Sqlite_Connection_UsesWalForeignKeysAndABusyTimeout()
    {
        var (journal, foreignKeys, busy) = await _app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                return (await Scalar("PRAGMA journal_mode"), await Scalar("PRAGMA foreign_keys"), await Scalar("PRAGMA busy_timeout"));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            async Task<string> Scalar(string sql)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
            }
        });
        Assert.Equal("wal", journal);
        Assert.Equal("1", foreignKeys);
        Assert.True(int.Parse(busy, System.Globalization.CultureInfo.InvariantCulture) >= 5000);
    }
}

public sealed class MigrationTestsOnPostgres(PostgresApp app) : MigrationTests(app), IClassFixture<PostgresApp>;
