using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Data;

public sealed class ProviderMatrixTests
{
    /// <summary>A plain [Fact] in a provider class would fail wherever PostgreSQL is not configured.</summary>
    [Fact]
    public void EveryTestOnPostgres_IsADatabaseTest() =>
        Assert.Empty(ProviderMatrix.PlainTestsOnPostgres(typeof(ProviderMatrixTests).Assembly));
}
