using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>
/// The app on a real loopback socket, in Development with the demo data seeded (as a new user first sees it),
/// and Debian's Chromium driven by Playwright. Nothing is downloaded: the browser is the system one.
/// </summary>
public sealed class BrowserApp : SqliteApp
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    protected override string EnvironmentName => "Development";

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Demo:SeedOnStart"] = "true" };

    protected override void BeforeStart() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public async Task StartAsync()
    {
        if (BaseUrl.Length > 0) return;
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // Chromium treats localhost as a secure context, so the app's Secure cookies work over plain HTTP here.
        BaseUrl = address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? ProviderMatrix.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        await StartAsync();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        // Generous waits: CI machines have two cores shared with the app, the database and the browser.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        return await context.NewPageAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
