namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Represents an external graph database that mirrors the embedded store, such as Neo4j.
/// </summary>
public interface IGraphSink
{
    /// <summary>Gets the sink's name, for logs and the ledger.</summary>
    string Name { get; }

    /// <summary>Prepares the sink: creates constraints and indexes. Safe to call more than once.</summary>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>A task that completes when the sink is ready.</returns>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes a change. Writing the same change twice gives the same graph as writing it once.</summary>
    /// <param name="change">The change.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>A task that completes when the sink has committed the change.</returns>
    Task WriteAsync(GraphChange change, CancellationToken cancellationToken = default);
}
