using System.Net;
using System.Net.Sockets;
using GraphBuilder.Hosting;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

public sealed class TelemetryTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("none")]
    [InlineData("Console")]
    [InlineData("PROMETHEUS")]
    public void Validate_KnownExporterInAnyCase_Succeeds(string exporter)
    {
        new TelemetryOptionsValidator().Validate(null, new TelemetryOptions { Exporter = exporter }).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Validate_UnknownExporter_FailsNamingTheSettingAndTheChoices()
    {
        var result = new TelemetryOptionsValidator().Validate(null, new TelemetryOptions { Exporter = "grafana" });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain("GraphBuilder:Telemetry:Exporter is 'grafana'");
        result.FailureMessage.ShouldContain("none, console, prometheus");
    }

    [Fact]
    public void Validate_PortOutOfRange_Fails()
    {
        new TelemetryOptionsValidator().Validate(null, new TelemetryOptions { Exporter = "prometheus", PrometheusPort = 70_000 }).Failed.ShouldBeTrue();
    }

    [Fact]
    public async Task Run_UnknownExporter_StopsAtStartWithOneClearLine()
    {
        var environment = new Dictionary<string, string> { ["GraphBuilder__Telemetry__Exporter"] = "grafana" };

        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, environment, "run", "--store", "t.db");

        exitCode.ShouldBe(2);
        error.ShouldContain("invalid configuration");
        error.ShouldContain("GraphBuilder:Telemetry:Exporter is 'grafana'");
    }

    [Fact]
    public async Task Run_PrometheusExporter_ServesTheIngestionMetrics()
    {
        _directory.Write("news/a.txt", "Senator Maria Alvarez criticized Northwind Energy on Monday over its plan for a terminal in Harbor City.");
        _directory.Write("news/b.txt", "Tomas Reyes of the Harbor Council met residents of Port Elena on Friday to talk about the new ferry.");
        var port = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["GraphBuilder__Sources__0__Name"] = "news",
            ["GraphBuilder__Sources__0__Type"] = "Folder",
            ["GraphBuilder__Sources__0__Path"] = _directory.File("news"),
            ["GraphBuilder__Sources__0__Schedule"] = "*/2 * * * * *",
            ["GraphBuilder__Telemetry__Exporter"] = "prometheus",
            ["GraphBuilder__Telemetry__PrometheusPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        await using var worker = WorkerProcess.Start(_directory.Path, environment, "--store", "t.db");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await worker.WaitForAsync("Ingestion of source news finished");

        var scrape = await http.GetStringAsync(new Uri($"http://localhost:{port}/metrics"));

        scrape.ShouldContain("graphbuilder_articles_ingested");
        scrape.ShouldContain("graphbuilder_extraction_duration");
        scrape.ShouldContain("source=\"news\"");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
