using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StandardBearer.Core.Data;
using StandardBearer.Core.Tenancy;

namespace StandardBearer.Testing;

/// <summary>
/// A database of its own for one test class: a temporary SQLite file, or a fresh PostgreSQL database. Empty ones are
/// for tests of migrating; the rest start from a copy of a template migrated once per test run and provider, because
/// migrating from nothing costs seconds of CPU and hundreds of fixtures each paid it (docs/performance.md).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _sqliteTemplate;
    private static string? _postgresTemplate;

    private readonly string? _sqliteFolder;
    private readonly string? _postgresName;

    private TestDatabase(string provider, string connectionString, string? sqliteFolder, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFolder = sqliteFolder;
        _postgresName = postgresName;
    }

    public string Provider { get; }
    public string ConnectionString { get; }

    /// <summary>The database file, for SQLite.</summary>
    public string SqliteFile => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;

    public static TestDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sb-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase("Sqlite", $"Data Source={Path.Combine(folder, "test.db")}", folder, null);
    }

    public static async Task<TestDatabase> PostgresAsync() => await CreatePostgresAsync(template: null);

    /// <summary>A SQLite file already migrated to the latest version: a copy of this run's template.</summary>
    public static async Task<TestDatabase> SqliteMigratedAsync()
    {
        var template = await TemplateAsync(() => _sqliteTemplate, t => _sqliteTemplate = t, async () =>
        {
            var database = Sqlite();
            await MigrateAsync(database);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // the last close checkpoints the WAL into the file
            return database.SqliteFile;
        });
        var copy = Sqlite();
        File.Copy(template, copy.SqliteFile);
        return copy;
    }

    /// <summary>A PostgreSQL database already migrated to the latest version, created from this run's template.</summary>
    public static async Task<TestDatabase> PostgresMigratedAsync()
    {
        var template = await TemplateAsync(() => _postgresTemplate, t => _postgresTemplate = t, async () =>
        {
            var database = await PostgresAsync();
            await MigrateAsync(database);
            NpgsqlConnection.ClearAllPools(); // a template may have no one connected while it is copied
            var name = database._postgresName!;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropPostgres(name).GetAwaiter().GetResult();
            return name;
        });
        // Copies from one template are serialised: PostgreSQL refuses while another session is copying it.
        await TemplateLock.WaitAsync();
        try
        {
            return await CreatePostgresAsync(template);
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task<string> TemplateAsync(Func<string?> get, Action<string> set, Func<Task<string>> create)
    {
        if (get() is { } ready) return ready;
        await TemplateLock.WaitAsync();
        try
        {
            if (get() is { } made) return made;
            var template = await create();
            set(template);
            return template;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <summary>
    /// Just the database services for this database, as a host registers them: for migrating a template, and for
    /// tests of what a host does with migrations at start.
    /// </summary>
    public ServiceProvider Services(bool migrateOnStart = false)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider,
            ["Database:MigrateOnStart"] = migrateOnStart.ToString(),
            ["ConnectionStrings:Default"] = ConnectionString,
        }).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(TimeProvider.System)
            .AddScoped<TenantScope>()
            .AddStandardBearerDatabase(configuration)
            .BuildServiceProvider();
    }

    private static async Task MigrateAsync(TestDatabase database)
    {
        await using var services = database.Services();
        await using var scope = services.CreateAsyncScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static async Task<TestDatabase> CreatePostgresAsync(string? template)
    {
        var admin = ProviderMatrix.PostgresConnection ?? throw new InvalidOperationException("PG_CONNECTION is not set");
        var name = $"sb_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            var from = template is null ? "" : $" TEMPLATE \"{template}\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{from}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase("Postgres", builder.ConnectionString, null, name);
    }

    private static async Task DropPostgres(string name)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ProviderMatrix.PostgresConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The server is already gone (CI stops it); nothing is left to tidy.
        }
    }


    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_sqliteFolder, recursive: true); } catch (IOException) { } // a late reader; the temp folder is cleaned by the OS
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await DropPostgres(_postgresName);
        }
    }
}
