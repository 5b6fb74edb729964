using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GraphBuilder.Explorer.Tests.Browser;

/// <summary>
/// The explorer on a real Kestrel port over the written store, and Debian's Chromium driven by Playwright (launched by
/// its path: the browser builds Playwright downloads are not reachable). Without Chromium or the built page the tests
/// skip on a developer's machine and fail in CI (<c>CI=true</c>), where <c>.ci/run</c> installs both.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly StoreFixture _store = new();
    private ExplorerFactory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public string? Missing { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var page = Path.Combine(AppContext.BaseDirectory, "explorer-web", "index.html");
        Missing = !File.Exists(ChromiumPath) ? $"{ChromiumPath} is absent (apt-get install -y chromium)"
            : !File.Exists(page) ? $"the explorer page is not built ({page}); build with Node.js on the PATH"
            : null;
        if (Missing is not null)
        {
            return;
        }

        await _store.InitializeAsync();
        _factory = new ExplorerFactory(_store.Path);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>Skips the test where Chromium or the page is missing, except in CI, where that fails it.</summary>
    public void RequireBrowser()
    {
        if (Missing is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("Browser tests cannot run in CI: " + Missing);
        }

        Assert.Skip("Browser tests skipped: " + Missing);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await _store.DisposeAsync();
    }
}
