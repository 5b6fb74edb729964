using GraphBuilder.Bolt;
using GraphBuilder.Graph.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Neo4j.Tests;

/// <summary>A Neo4j sink with the Bolt driver it writes through, both released together.</summary>
internal sealed class SinkUnderTest : IAsyncDisposable
{
    public SinkUnderTest(string uri, int batchSize = 2000, TimeSpan? maxRetryTime = null)
    {
        Driver = new BoltDriver(new BoltDriverOptions { Uri = uri, User = "neo4j", Password = "secret", MaxTransactionRetryTime = maxRetryTime ?? TimeSpan.FromSeconds(20) });
        Sink = new Neo4jGraphSink(Driver, Options.Create(new Neo4jSinkOptions { BatchSize = batchSize }), NullLogger<Neo4jGraphSink>.Instance);
    }

    public BoltDriver Driver { get; }

    public Neo4jGraphSink Sink { get; }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Sink.InitializeAsync(cancellationToken);

    public Task WriteAsync(GraphChange change, CancellationToken cancellationToken = default) => Sink.WriteAsync(change, cancellationToken);

    public ValueTask DisposeAsync() => Driver.DisposeAsync();
}
