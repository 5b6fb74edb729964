namespace GraphBuilder.Graph.Storage;

/// <summary>Represents a worker's latest heartbeat.</summary>
/// <param name="WorkerId">The worker's identifier, unique per process (host, process id and a random part).</param>
/// <param name="Host">The machine it runs on.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="LastSeenAt">When it last reported.</param>
/// <param name="Processed">The work items it has finished since it started.</param>
public sealed record WorkerHeartbeat(string WorkerId, string Host, DateTimeOffset StartedAt, DateTimeOffset LastSeenAt, long Processed);
