using StandardBearer.Testing;

namespace StandardBearer.Web.Tests;

public class ProviderSentinelTests
{
    /// <summary>Skipped, with the reason, when PostgreSQL is not configured: the one place that says so.</summary>
    [PostgresSentinelFact]
    public void Postgres_IsConfigured_AllDatabaseTestsRunOnIt() => Assert.True(ProviderMatrix.PostgresAvailable);
}
