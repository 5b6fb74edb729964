using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Ingestion.Tests;

/// <summary>
/// A sink that is down until told otherwise, counting every write attempted on it.
/// </summary>
internal sealed class FailingGraphSink : IGraphSink
{
    public string Name => "failing";

    public bool Down { get; set; } = true;

    public int Attempts { get; private set; }

    public List<GraphChange> Written { get; } = [];

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task WriteAsync(GraphChange change, CancellationToken cancellationToken = default)
    {
        Attempts++;
        if (Down)
        {
            throw new IOException("connection refused (the test's sink is down)");
        }

        Written.Add(change);
        return Task.CompletedTask;
    }
}
