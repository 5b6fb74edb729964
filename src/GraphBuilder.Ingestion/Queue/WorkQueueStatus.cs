namespace GraphBuilder.Ingestion.Queue;

/// <summary>Represents the state of a distributed work queue.</summary>
/// <param name="Server">The server's URL, without credentials.</param>
/// <param name="Stream">The name of the work stream.</param>
/// <param name="Waiting">The messages no worker has taken yet.</param>
/// <param name="InProgress">The messages taken and not acknowledged yet.</param>
/// <param name="Redelivered">The messages taken and not acknowledged that were delivered more than once.</param>
/// <param name="Leases">The lease of each source that has been claimed.</param>
public sealed record WorkQueueStatus(string Server, string Stream, long Waiting, long InProgress, long Redelivered, IReadOnlyList<SourceLease> Leases);
