namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Represents a change the embedded store committed that external sinks have not confirmed yet.
/// </summary>
/// <param name="Id">The change's sequence number.</param>
/// <param name="ArticleId">The article whose write produced it.</param>
/// <param name="Changes">What the write touched.</param>
/// <param name="Attempts">How many times writing it to the sinks failed.</param>
public sealed record PendingChange(long Id, string ArticleId, GraphChangeSet Changes, int Attempts);
