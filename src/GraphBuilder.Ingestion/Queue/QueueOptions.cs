namespace GraphBuilder.Ingestion.Queue;

/// <summary>
/// Configures how the work of <c>graphbuilder run</c> is distributed: in the process (one worker, as always), or over a
/// shared work queue so that several workers build one graph.
/// </summary>
public sealed class QueueOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "GraphBuilder:Queue";

    /// <summary>The in-process provider: each worker ingests the sources it schedules itself.</summary>
    public const string None = "None";

    /// <summary>The NATS JetStream provider: work is shared through a work-queue stream.</summary>
    public const string Nats = "Nats";

    /// <summary>The provider names <see cref="Provider"/> accepts, in any case.</summary>
    public static readonly IReadOnlyList<string> Providers = [None, Nats];

    /// <summary>Gets or sets the provider: <c>None</c> or <c>Nats</c>.</summary>
    /// <value>The default value is <c>None</c>.</value>
    public string Provider { get; set; } = None;

    /// <summary>Gets or sets the queue server's URL (<c>nats://host:4222</c>), required by <c>Nats</c>.</summary>
    public string? Url { get; set; }

    /// <summary>
    /// Gets or sets how often a worker of a distributed queue records its heartbeat in the store; <c>status</c> counts a
    /// worker alive while its last heartbeat is at most three of these old.
    /// </summary>
    /// <value>The default value is 10 seconds.</value>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets a value indicating whether the work is shared through a queue server.</summary>
    public bool IsDistributed => !string.Equals(Provider, None, StringComparison.OrdinalIgnoreCase);
}
