using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

/// <summary>The reference run, shared by the fault tests: ingest of the samples into a fake server that never fails.</summary>
public sealed class CleanNeo4jIngest : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    internal Neo4jIngestRun Run { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Run = await Neo4jIngestRun.IngestAsync(_directory, faults: null);

    public ValueTask DisposeAsync()
    {
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
