using GraphBuilder.Testing.Bolt;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

/// <summary>
/// One <c>graphbuilder ingest</c> of the project's sample articles into a fresh store, with the Neo4j sink pointed at a
/// <see cref="FakeBoltServer"/>: the command's output, what the server committed, the ledger's pending rows and the
/// store's JSON export, all read after the server has stopped.
/// </summary>
internal sealed record Neo4jIngestRun(
    int ExitCode,
    string Output,
    string Error,
    IReadOnlyList<FakeBoltTransaction> Committed,
    CommittedGraph Graph,
    int FailedCommits,
    int DroppedConnections,
    int RolledBack,
    int OpenTransactions,
    IReadOnlyList<string> ServerErrors,
    string[] PendingAfterIngest,
    string[] PendingAtEnd,
    string ExportJson)
{
    public const int BatchSize = 4;

    public IReadOnlyList<FakeBoltTransaction> DataTransactions => [.. Committed.Where(t => !t.AutoCommit && !CommittedGraph.IsSchema(t))];

    /// <summary>
    /// Runs ingest. With <paramref name="serverDownDuringIngest"/> the server refuses every connection during ingest
    /// (whose retry budget is then one second), then is brought up and <c>graphbuilder sync</c> runs against it.
    /// </summary>
    public static async Task<Neo4jIngestRun> IngestAsync(TempDirectory directory, FakeBoltFaults? faults, bool serverDownDuringIngest = false)
    {
        var server = FakeBoltServer.Start(faults, "neo4j", "fake-password");
        server.Refusing = serverDownDuringIngest;
        int exitCode;
        string output;
        string error;
        string[] pendingAfterIngest;
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["GraphBuilder__Neo4j__Uri"] = server.BoltUri,
                ["GraphBuilder__Neo4j__User"] = "neo4j",
                ["GraphBuilder__Neo4j__Password"] = "fake-password",
                ["GraphBuilder__Neo4j__BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["GraphBuilder__Neo4j__MaxTransactionRetryTime"] = "00:00:20",
            };
            var ingestEnvironment = new Dictionary<string, string>(environment);
            if (serverDownDuringIngest)
            {
                ingestEnvironment["GraphBuilder__Neo4j__MaxTransactionRetryTime"] = "00:00:01";
            }

            (exitCode, output, error) = await CliRunner.RunAsync(directory.Path, ingestEnvironment, "ingest", RepositoryPaths.SampleArticles);
            pendingAfterIngest = await PendingAsync(directory);
            if (serverDownDuringIngest)
            {
                server.Refusing = false;
                var (syncExit, syncOutput, syncError) = await CliRunner.RunAsync(directory.Path, environment, "sync");
                syncExit.ShouldBe(0, syncError);
                output += syncOutput;
                error += syncError;
            }
        }
        finally
        {
            // Stopping the server first lets every connection's end be counted (a transaction left open is rolled back).
            await server.DisposeAsync();
        }

        var (exportExit, _, exportError) = await CliRunner.RunAsync(directory.Path, "export", "--format", "json", "--out", "graph.json");
        exportExit.ShouldBe(0, exportError);
        return new Neo4jIngestRun(
            exitCode,
            output,
            error,
            server.Committed,
            CommittedGraph.Build(server.Committed),
            server.FailedCommits,
            server.DroppedConnections,
            server.RolledBackTransactions,
            server.OpenTransactions,
            server.Errors,
            pendingAfterIngest,
            await PendingAsync(directory),
            await File.ReadAllTextAsync(directory.File("graph.json")));
    }

    private static async Task<string[]> PendingAsync(TempDirectory directory)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(directory.Path, "ledger", "--status", "pending");
        exitCode.ShouldBe(0, error);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
