using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Testing.Fakes;

/// <summary>
/// A graph sink that records what it is given and can be told to fail its next writes, like a database that is down.
/// </summary>
public sealed class RecordingGraphSink : IGraphSink
{
    public string Name => "recording";

    public int FailNextWrites { get; set; }

    public List<GraphChange> Written { get; } = [];

    public int Initialized { get; private set; }

    public Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Initialized++;
        return Task.CompletedTask;
    }

    public Task WriteAsync(GraphChange change, CancellationToken cancellationToken = default)
    {
        if (FailNextWrites > 0)
        {
            FailNextWrites--;
            throw new IOException("connection refused (simulated outage)");
        }

        Written.Add(change);
        return Task.CompletedTask;
    }
}
