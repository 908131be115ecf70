using System.ComponentModel.DataAnnotations;

namespace StandardBearer.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply migrations when the web app starts. Always true in effect for SQLite (embedded, one writer);
    /// for PostgreSQL, migrations are an operator's step (<c>sb db migrate</c>) unless this is set.
    /// </summary>
    public bool MigrateOnStart { get; set; }
}
