using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Queue;

/// <summary>
/// The default queue: each occurrence of a source's schedule is ingested at once by the worker that scheduled it,
/// through <see cref="IngestionRunner"/>, exactly as a single worker always did.
/// </summary>
internal sealed class InProcessWorkQueue(IngestionRunner runner) : IWorkQueue
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc/>
    public async Task<IngestionSummary?> RunOccurrenceAsync(INewsSource source, DateTimeOffset occurrence, CancellationToken cancellationToken = default) =>
        await runner.RunAsync(source, cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public Task ConsumeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task<WorkQueueStatus?> ReadStatusAsync(CancellationToken cancellationToken = default) => Task.FromResult<WorkQueueStatus?>(null);
}
