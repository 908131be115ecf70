using StandardBearer.Testing;

namespace StandardBearer.Web.Tests;

public class ProviderSentinelTests
{
    /// <summary>Skipped, with the reason, when PostgreSQL is not configured: the one place that says so.</summary>
    [PostgresSentinelFact]
    public void Postgres_IsConfigured_AllDatabaseTestsRunOnIt() => Assert.True(ProviderMatrix.PostgresAvailable);

    /// <summary>A plain [Fact] in a provider class would fail wherever PostgreSQL is not configured.</summary>
    [Fact]
    public void EveryTestOnPostgres_IsADatabaseTest() =>
        Assert.Empty(ProviderMatrix.PlainTestsOnPostgres(typeof(ProviderSentinelTests).Assembly));
}
