using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Data;
using StandardBearer.Core.Tenancy;

namespace StandardBearer.Testing;

/// <summary>
/// The whole app, hosted in memory over a real database of its own (one per test class). Subclassed once per
/// provider so the same abstract test class runs on SQLite and, with PG_CONNECTION set, on PostgreSQL.
/// </summary>
public abstract class AppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    static AppFixture()
    {
        // Hundreds of hosts start in one test run, many at once. Each watched its settings files and wwwroot with
        // inotify, and the machine's limit of 128 instances per user ran out mid-run. Tests never change those files.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _clientLock = new(1, 1);

    public TestDatabase Database { get; private set; } = null!;
    public TestData Data { get; private set; } = null!;

    /// <summary>This fixture's own evidence store, removed with it.</summary>
    public string EvidencePath { get; } = Path.Combine(Path.GetTempPath(), $"sb-test-evidence-{Guid.NewGuid():N}");

    /// <summary>Small, so tests can go over it cheaply; the 25 MB default is checked on the options class.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>Settings a fixture subclass can add to or change (e.g. a low sign-in rate limit).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    protected virtual string EnvironmentName => "Testing";

    /// <summary>Last chance to change how the host is served (e.g. on a real socket) before it starts.</summary>
    protected virtual void BeforeStart()
    {
    }

    public async Task InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        Data = new TestData(this);
        BeforeStart();
        // Building the host runs the app's start-up, which migrates the fresh database.
        _ = Services;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("Demo:SeedOnStart", "false");
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicPerMinute", "100000");
        builder.UseSetting("Evidence:StorePath", EvidencePath);
        builder.UseSetting("Evidence:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in ExtraSettings) builder.UseSetting(key, value);
        // Hundreds of test users are made and signed in; the production work factor would cost minutes of CPU in
        // every run and tests nothing about this app. The hashing itself is Identity's, unchanged.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }

    /// <summary>A client with no session: the anonymous public.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
    });

    /// <summary>A client signed in as this user through the real sign-in form; one per user per fixture.</summary>
    public async Task<HttpClient> ClientFor(string email, string password = TestData.Password)
    {
        await _clientLock.WaitAsync();
        try
        {
            if (_clients.TryGetValue(email, out var existing)) return existing;
            var client = Anonymous();
            var response = await client.SubmitFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });
            if (response.StatusCode != HttpStatusCode.Redirect)
                throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}");
            _clients[email] = client;
            return client;
        }
        finally
        {
            _clientLock.Release();
        }
    }

    /// <summary>Runs code against the app's services with an unrestricted tenant scope (arranging and asserting).</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().UseUnrestricted();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().UseUnrestricted();
        return await work(scope.ServiceProvider);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        await base.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(EvidencePath)) Directory.Delete(EvidencePath, recursive: true);
    }

    /// <summary>How many distinct files the evidence store holds (the temporary upload folder aside).</summary>
    public int StoredEvidenceFiles() =>
        Directory.Exists(EvidencePath)
            ? Directory.EnumerateFiles(EvidencePath, "*", SearchOption.AllDirectories).Count(f => !f.Contains($"{Path.DirectorySeparatorChar}incoming{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            : 0;

    /// <summary>Files left in the temporary upload folder: should always be none once a request has finished.</summary>
    public int LeftoverUploads() =>
        Directory.Exists(Path.Combine(EvidencePath, "incoming")) ? Directory.GetFiles(Path.Combine(EvidencePath, "incoming")).Length : 0;
}

public class SqliteApp : AppFixture
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.SqliteMigratedAsync();
}

public class PostgresApp : AppFixture
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresMigratedAsync();
}
