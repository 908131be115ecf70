using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Data;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, TenantScope tenant, TimeProvider time)
    : AppDbContext(options, tenant, time)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date type; stored as ticks (always UTC here) so that ORDER BY and comparisons work in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, TenantScope tenant, TimeProvider time)
    : AppDbContext(options, tenant, time);

// Design-time factories: `dotnet ef migrations add` builds each provider's model without starting a host.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options, new TenantScope(), TimeProvider.System);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design").Options, new TenantScope(), TimeProvider.System);
}
