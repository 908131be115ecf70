using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

public class SentinelTests
{
    /// <summary>Skipped, with the reason, when Chromium is not installed: the one place that says so.</summary>
    [ChromiumSentinelFact]
    public void Chromium_IsInstalled_BrowserTestsRun() => Assert.True(ProviderMatrix.ChromiumAvailable);
}
