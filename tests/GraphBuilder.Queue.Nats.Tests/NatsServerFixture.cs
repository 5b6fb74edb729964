using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GraphBuilder.Queue.Nats.Tests;

/// <summary>
/// A real nats-server with JetStream on a free loopback port and a temporary store folder, killed after the tests; or
/// the server <c>GRAPHBUILDER_NATS_URL</c> names (as <c>.ci/nats start</c> exports it). Without either, the tests fail
/// when <c>CI</c> is set and are skipped otherwise, saying how to install the server.
/// </summary>
public sealed class NatsServerFixture : IAsyncLifetime
{
    private const string Install = "nats-server is not installed: apt-get install -y nats-server (or set GRAPHBUILDER_NATS_URL to a server with JetStream)";

    private Process? _process;
    private string? _directory;

    /// <summary>Gets the server's URL, when there is one.</summary>
    public string? Url { get; private set; }

    /// <summary>Skips the calling test (fails it in CI) when no server could be had.</summary>
    public string RequireUrl()
    {
        if (Url is { } url)
        {
            return url;
        }

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            throw new InvalidOperationException(Install);
        }

        Assert.Skip(Install);
        return string.Empty;
    }

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("GRAPHBUILDER_NATS_URL") is { Length: > 0 } external)
        {
            Url = external;
            return;
        }

        if (Executable() is not { } executable)
        {
            return;
        }

        var port = FreePort();
        _directory = Directory.CreateTempSubdirectory("gb-nats-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["-js", "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-sd", _directory])
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitForPortAsync(port);
        Url = $"nats://127.0.0.1:{port}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string? Executable()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return path.Append("/usr/sbin").Append("/usr/local/sbin")
            .Select(folder => Path.Combine(folder, "nats-server"))
            .FirstOrDefault(File.Exists);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
