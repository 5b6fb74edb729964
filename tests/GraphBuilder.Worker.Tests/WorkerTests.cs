using System.Net;
using System.Net.Sockets;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

public sealed class WorkerTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Run_FolderSourceOnASchedule_IngestsTheFolder()
    {
        var environment = new Dictionary<string, string>
        {
            ["GraphBuilder__Sources__0__Name"] = "samples",
            ["GraphBuilder__Sources__0__Type"] = "Folder",
            ["GraphBuilder__Sources__0__Path"] = RepositoryPaths.SampleArticles,
            ["GraphBuilder__Sources__0__Schedule"] = "*/2 * * * * *",
        };
        await using var worker = WorkerProcess.Start(_directory.Path, environment);

        await worker.WaitForAsync("Ingestion of source samples finished");

        // Read the ledger from a second process, as a user would; the store is shared through SQLite's WAL.
        var (_, output, _) = await CliRunner.RunAsync(_directory.Path, "ledger", "--status", "ingested");
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(5);
        var (_, status, _) = await CliRunner.RunAsync(_directory.Path, environment, "status");
        status.ShouldContain("samples (Folder");
        status.ShouldContain("next run");
        status.ShouldContain("Ledger: ingested 5");
    }

    [Fact]
    public async Task Run_Sigterm_StopsCleanlyWithinTheGracePeriod()
    {
        var environment = new Dictionary<string, string>
        {
            ["GraphBuilder__Sources__0__Name"] = "samples",
            ["GraphBuilder__Sources__0__Type"] = "Folder",
            ["GraphBuilder__Sources__0__Path"] = RepositoryPaths.SampleArticles,
            ["GraphBuilder__Sources__0__Schedule"] = "*/2 * * * * *",
            ["GraphBuilder__Worker__ShutdownTimeout"] = "00:00:10",
        };
        await using var worker = WorkerProcess.Start(_directory.Path, environment);
        await worker.WaitForAsync(LedgerProbe.IngestedLine);

        await worker.TerminateAsync(TimeSpan.FromSeconds(20));

        worker.ExitCode.ShouldBe(0);
        var (exitCode, _, _) = await CliRunner.RunAsync(_directory.Path, "ledger", "--status", "pending");
        exitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Run_InvalidSchedule_StopsAtStartUpNamingTheSetting()
    {
        var environment = new Dictionary<string, string>
        {
            ["GraphBuilder__Sources__0__Name"] = "bad",
            ["GraphBuilder__Sources__0__Type"] = "Folder",
            ["GraphBuilder__Sources__0__Path"] = _directory.Path,
            ["GraphBuilder__Sources__0__Schedule"] = "every minute",
        };

        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, environment, "run");

        exitCode.ShouldBe(2);
        error.ShouldContain("GraphBuilder:Sources:0");
        error.ShouldContain("'every minute' has 2 fields");
    }

    [Fact]
    public async Task Ingest_Neo4jUnreachable_KeepsArticlesPendingWithoutLosingThem()
    {
        var environment = new Dictionary<string, string>
        {
            ["GraphBuilder__Neo4j__Uri"] = "bolt://127.0.0.1:" + ClosedPort(),
            ["GraphBuilder__Neo4j__Password"] = "not-a-real-password",
        };

        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, environment, "ingest", RepositoryPaths.SampleArticles);

        exitCode.ShouldBe(0, error);
        output.ShouldContain("5 articles wait for Neo4j");
        error.ShouldNotContain("not-a-real-password");
        var (_, pending, _) = await CliRunner.RunAsync(_directory.Path, "ledger", "--status", "pending");
        pending.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(5);
        var (syncExit, _, syncError) = await CliRunner.RunAsync(_directory.Path, environment, "sync");
        syncExit.ShouldBe(1);
        syncError.ShouldContain("stay pending");
    }

    [Fact]
    public async Task Sync_NoNeo4jConfigured_SaysWhatToSet()
    {
        await CliRunner.RunAsync(_directory.Path, "ingest", RepositoryPaths.SampleArticles);

        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, "sync");

        exitCode.ShouldBe(2);
        error.ShouldContain("GraphBuilder:Neo4j:Uri");
    }

    private static int ClosedPort()
    {
        // A port that was free a moment ago: nothing listens there, so connecting is refused at once.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
