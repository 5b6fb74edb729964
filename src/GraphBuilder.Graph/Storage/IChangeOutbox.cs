namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Represents the outbox of committed changes that the external sinks (Neo4j) have not confirmed yet. A change leaves
/// it only when every sink has committed it, so an outage delays writes and never drops them.
/// </summary>
public interface IChangeOutbox
{
    /// <summary>Lists the changes external sinks have not confirmed, oldest first.</summary>
    /// <param name="max">How many to list at most.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The pending changes.</returns>
    Task<IReadOnlyList<PendingChange>> ListPendingAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Marks a pending change as written to every sink; its article becomes ingested once nothing of it is pending.</summary>
    /// <param name="change">The change.</param>
    /// <param name="at">The time of confirmation.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>A task that completes when the confirmation is durable.</returns>
    Task CompletePendingAsync(PendingChange change, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Records that writing a pending change to the sinks failed; it stays pending.</summary>
    /// <param name="change">The change.</param>
    /// <param name="error">Why it failed.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>A task that completes when the failure is recorded.</returns>
    Task FailPendingAsync(PendingChange change, string error, CancellationToken cancellationToken = default);

    /// <summary>Queues the whole graph for the external sinks, for a full re-synchronisation.</summary>
    /// <param name="at">The time of the request.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>The number of articles queued.</returns>
    Task<int> EnqueueAllAsync(DateTimeOffset at, CancellationToken cancellationToken = default);
}
