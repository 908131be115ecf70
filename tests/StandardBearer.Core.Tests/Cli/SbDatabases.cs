using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Cli;

/// <summary>
/// One migrated and one demo-seeded database, made once with the real `sb` and copied for each test that only
/// needs to start from them. Seeding the demo takes most of a minute of CPU, and each test used to pay it again.
/// The tests of migrating and seeding themselves still run those commands (or read the one seeding's output).
/// </summary>
public sealed class SbDatabases : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sb-tests", $"cli-{Guid.NewGuid():N}");

    private string Migrated => Path.Combine(_folder, "migrated");

    private string Seeded => Path.Combine(_folder, "seeded");

    /// <summary>What the one `sb demo seed` printed, on a freshly migrated database.</summary>
    public (int ExitCode, string Out, string Error) SeedResult { get; private set; }

    public async Task InitializeAsync()
    {
        var migrate = await Sb(Migrated).RunAsync("db", "migrate");
        if (migrate.ExitCode != 0) throw new InvalidOperationException(migrate.Error);
        CopyFolder(Migrated, Seeded);
        SeedResult = await Sb(Seeded).RunAsync("demo", "seed");
        if (SeedResult.ExitCode != 0) throw new InvalidOperationException(SeedResult.Error);
    }

    /// <summary>Makes <paramref name="database"/> a copy of the migrated database (built-in pack published).</summary>
    public void CopyMigratedTo(TestDatabase database) => CopyDatabase(Migrated, database.SqliteFile);

    /// <summary>Makes <paramref name="database"/> a copy of the demo database, and its evidence files in <paramref name="evidence"/>.</summary>
    public void CopySeededTo(TestDatabase database, string evidence)
    {
        CopyDatabase(Seeded, database.SqliteFile);
        CopyFolder(Path.Combine(Seeded, "evidence"), evidence);
    }

    private static SbProcess Sb(string folder)
    {
        Directory.CreateDirectory(folder);
        return new SbProcess($"Data Source={Path.Combine(folder, "sb.db")}", Path.Combine(folder, "evidence"));
    }

    private static void CopyDatabase(string folder, string databaseFile)
    {
        // The WAL is folded into the file when `sb` closes its last connection; copy any leftover with it all the same.
        foreach (var file in Directory.GetFiles(folder, "sb.db*"))
            File.Copy(file, databaseFile + Path.GetFileName(file)["sb.db".Length..], overwrite: true);
    }

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

/// <summary>The CLI test classes share <see cref="SbDatabases"/>, so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SbCollection : ICollectionFixture<SbDatabases>
{
    public const string Name = "sb";
}
