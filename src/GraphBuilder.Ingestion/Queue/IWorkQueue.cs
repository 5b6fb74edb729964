using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Queue;

/// <summary>
/// Decides how the worker's sources get ingested. The in-process queue ingests each occurrence of a source's schedule
/// at once, in the worker that scheduled it (one worker, one store). A distributed queue lets one worker claim each
/// occurrence, list the source and publish its new or changed items, and every worker consume and ingest them.
/// </summary>
public interface IWorkQueue
{
    /// <summary>Connects and prepares what the queue needs, so a server that cannot be reached stops the worker at start.</summary>
    /// <param name="cancellationToken">A token that cancels the start.</param>
    /// <returns>A task that completes when the queue is ready.</returns>
    /// <exception cref="WorkQueueUnavailableException">The queue's server cannot be reached or set up.</exception>
    Task StartAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs one occurrence of a source's schedule.</summary>
    /// <param name="source">The source.</param>
    /// <param name="occurrence">The scheduled time of the occurrence (the start time for a run at start-up).</param>
    /// <param name="cancellationToken">A token that stops the run.</param>
    /// <returns>What the run did, or <see langword="null"/> when another worker holds this occurrence.</returns>
    Task<IngestionSummary?> RunOccurrenceAsync(INewsSource source, DateTimeOffset occurrence, CancellationToken cancellationToken = default);

    /// <summary>Consumes and ingests the work the queue holds until stopped; the in-process queue has none.</summary>
    /// <param name="cancellationToken">A token that stops consuming.</param>
    /// <returns>A task that completes when consuming stopped.</returns>
    Task ConsumeAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the queue's state for <c>graphbuilder status</c>.</summary>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The state, or <see langword="null"/> for the in-process queue.</returns>
    Task<WorkQueueStatus?> ReadStatusAsync(CancellationToken cancellationToken = default);
}
