namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Keeps the heartbeats of the workers sharing a store, so that <c>graphbuilder status</c> can show which are alive.
/// </summary>
public interface IWorkerRegistry
{
    /// <summary>Records a worker's heartbeat, replacing its previous one.</summary>
    /// <param name="heartbeat">The heartbeat.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>A task that completes when the heartbeat is durable.</returns>
    Task RecordHeartbeatAsync(WorkerHeartbeat heartbeat, CancellationToken cancellationToken = default);

    /// <summary>Lists the latest heartbeat of every worker that has sent one since <paramref name="since"/>.</summary>
    /// <param name="since">The oldest heartbeat wanted.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The heartbeats, most recent first.</returns>
    Task<IReadOnlyList<WorkerHeartbeat>> ListWorkersAsync(DateTimeOffset since, CancellationToken cancellationToken = default);
}
