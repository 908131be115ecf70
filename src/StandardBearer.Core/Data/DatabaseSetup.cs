using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace StandardBearer.Core.Data;

public static class DatabaseSetup
{
    public static IServiceCollection AddStandardBearerDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        // Configuration is read when a context is first made, not now, so hosts (and tests) can still change it after registration.
        services.AddDbContext<SqliteAppDbContext>((sp, o) =>
            o.UseSqlite(PrepareSqlite(ConnectionString(sp))).AddInterceptors(new SqlitePragmaInterceptor()));
        services.AddDbContext<PostgresAppDbContext>((sp, o) => o.UseNpgsql(ConnectionString(sp)));
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresAppDbContext>()
            : sp.GetRequiredService<SqliteAppDbContext>());
        return services;
    }

    private static string ConnectionString(IServiceProvider sp) =>
        sp.GetRequiredService<IConfiguration>().GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");

    /// <summary>Creates the folder for a file database and sets a busy timeout so concurrent writers wait, not fail.</summary>
    public static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        builder.ForeignKeys = true;
        builder.Pooling = true;
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            if (!Path.IsPathRooted(builder.DataSource))
                builder.DataSource = Path.GetFullPath(Path.Combine(DataRoot.Directory, builder.DataSource));
            var folder = Path.GetDirectoryName(builder.DataSource);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        return builder.ToString();
    }

    /// <summary>Applies pending migrations for whichever provider the context is on.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while one writer writes; it is a property of the file, so set once here.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    public static async Task<IReadOnlyList<string>> PendingMigrationsAsync(AppDbContext db, CancellationToken ct = default) =>
        (await db.Database.GetPendingMigrationsAsync(ct)).ToList();

    /// <summary>
    /// What the web host does at start: SQLite is always migrated (it is embedded and single-writer);
    /// PostgreSQL is migrated only when asked, and otherwise the host refuses to start with pending migrations.
    /// </summary>
    public static async Task PrepareForStartAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.Provider == DatabaseProvider.Sqlite || options.MigrateOnStart)
        {
            await MigrateAsync(db, ct);
            return;
        }
        var pending = await PendingMigrationsAsync(db, ct);
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database has {pending.Count} pending migration(s) ({string.Join(", ", pending)}). " +
                "Run `sb db migrate`, or set Database:MigrateOnStart=true.");
        }
    }
}
