using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace StandardBearer.Testing;

/// <summary>
/// Which optional test environments are present. PostgreSQL runs when PG_CONNECTION is set; browser tests run
/// when Debian's Chromium is installed. When one is missing its tests are not discovered at all, and a single
/// sentinel test is reported as skipped with the reason, so the message appears once, not once per test.
/// </summary>
public static class ProviderMatrix
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string? PostgresConnection => Environment.GetEnvironmentVariable("PG_CONNECTION") is { Length: > 0 } s ? s : null;

    public static bool PostgresAvailable => PostgresConnection is not null;

    public static bool ChromiumAvailable => File.Exists(Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? ChromiumPath);

    /// <summary>
    /// Tests of a PostgreSQL class marked with a plain [Fact] or [Theory]: those are discovered, and fail, when
    /// PG_CONNECTION is not set. Each test project checks that it has none (pure tests belong in a class of their own).
    /// </summary>
    public static IReadOnlyList<string> PlainTestsOnPostgres(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IClassFixture<PostgresApp>).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any(a => a is not (DbFactAttribute or DbTheoryAttribute or PostgresFactAttribute)))
                .Select(m => $"{t.Name}.{m.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    internal static bool IsRunnable(ITypeInfo testClass)
    {
        var type = testClass.ToRuntimeType();
        if (typeof(IClassFixture<PostgresApp>).IsAssignableFrom(type)) return PostgresAvailable;
        return true;
    }
}

/// <summary>A test that runs once per database provider class (…OnSqlite, …OnPostgres) derived from its abstract class.</summary>
[XunitTestCaseDiscoverer("StandardBearer.Testing.DbFactDiscoverer", "StandardBearer.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbFactAttribute : FactAttribute;

/// <summary>The theory form of <see cref="DbFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("StandardBearer.Testing.DbTheoryDiscoverer", "StandardBearer.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbTheoryAttribute : TheoryAttribute;

public sealed class DbFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        ProviderMatrix.IsRunnable(testMethod.TestClass.Class) ? base.Discover(discoveryOptions, testMethod, factAttribute) : [];
}

public sealed class DbTheoryDiscoverer(IMessageSink sink) : TheoryDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        ProviderMatrix.IsRunnable(testMethod.TestClass.Class) ? base.Discover(discoveryOptions, testMethod, theoryAttribute) : [];
}

/// <summary>A test that only makes sense on PostgreSQL: not discovered without PG_CONNECTION.</summary>
[XunitTestCaseDiscoverer("StandardBearer.Testing.PostgresFactDiscoverer", "StandardBearer.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute;

public sealed class PostgresFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        ProviderMatrix.PostgresAvailable ? base.Discover(discoveryOptions, testMethod, factAttribute) : [];
}

/// <summary>The one sentinel that reports, once, that the PostgreSQL half of the matrix was not run.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresSentinelFactAttribute : FactAttribute
{
    public PostgresSentinelFactAttribute()
    {
        if (!ProviderMatrix.PostgresAvailable)
            Skip = "PostgreSQL tests were not run: set PG_CONNECTION (see README) to run every database test on PostgreSQL too.";
    }
}

/// <summary>A browser test: not discovered without Chromium; <see cref="ChromiumSentinelFactAttribute"/> says so once.</summary>
[XunitTestCaseDiscoverer("StandardBearer.Testing.BrowserFactDiscoverer", "StandardBearer.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute;

public sealed class BrowserFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        ProviderMatrix.ChromiumAvailable ? base.Discover(discoveryOptions, testMethod, factAttribute) : [];
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumSentinelFactAttribute : FactAttribute
{
    public ChromiumSentinelFactAttribute()
    {
        if (!ProviderMatrix.ChromiumAvailable)
            Skip = "Browser tests were not run: install Debian's chromium (apt-get install chromium) to run them.";
    }
}
