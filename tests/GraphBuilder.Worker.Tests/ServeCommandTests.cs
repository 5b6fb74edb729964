using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

/// <summary>
/// <c>graphbuilder serve</c> listens beyond loopback only with a credential configured, and then requires it.
/// </summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    public async Task Serve_BeyondLoopbackWithoutCredential_IsRefused(string urls)
    {
        await IngestOneAsync();

        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, "serve", "--urls", urls);

        exitCode.ShouldBe(2);
        error.ShouldContain("GraphBuilder:Serve:ApiKey");
    }

    [Fact]
    public async Task Serve_NoStore_IsBadInput()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, "serve", "--store", "missing.db");

        exitCode.ShouldBe(2);
        error.ShouldContain("does not exist");
    }

    [Fact]
    public async Task Serve_BeyondLoopbackWithApiKey_ServesOnlyRequestsThatCarryIt()
    {
        await IngestOneAsync();
        var port = FreePort();
        using var process = CliRunner.Start(_directory.Path, new Dictionary<string, string> { ["GraphBuilder__Serve__ApiKey"] = "s3cret" }, "serve", "--urls", $"http://0.0.0.0:{port}");
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var withoutKey = await UntilListeningAsync(client, process);
            client.DefaultRequestHeaders.Add("X-Api-Key", "s3cret");
            var withKey = await client.GetAsync("/api/status");

            withoutKey.ShouldBe(HttpStatusCode.Unauthorized);
            withKey.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<HttpStatusCode> UntilListeningAsync(HttpClient client, Process process)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return (await client.GetAsync("/api/status")).StatusCode;
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task IngestOneAsync()
    {
        var article = Directory.GetFiles(RepositoryPaths.SampleArticles, "*.txt")[0];
        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, new Dictionary<string, string> { ["GraphBuilder__Nlp__Profile"] = "fast" }, "ingest", article);
        exitCode.ShouldBe(0, error);
    }
}
