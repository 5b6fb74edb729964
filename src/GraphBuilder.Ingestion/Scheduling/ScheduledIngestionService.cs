using GraphBuilder.Graph.Storage;
using GraphBuilder.Ingestion.Queue;
using GraphBuilder.Ingestion.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion.Scheduling;

/// <summary>
/// The hosted worker: runs each configured source on its own cron schedule, each in its own loop, so a failing or
/// slow source never holds up the others. A run that throws is logged and the source runs again at its next time.
/// Pending writes to external sinks are retried between runs. How an occurrence is ingested is the
/// <see cref="IWorkQueue"/>'s to decide: at once in this process (the default), or shared with other workers.
/// </summary>
public sealed class ScheduledIngestionService : BackgroundService
{
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly SinkSynchronizer _synchronizer;
    private readonly IWorkQueue _queue;
    private readonly Dictionary<string, INewsSourceFactory> _factories;
    private readonly SourcesOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ScheduledIngestionService> _logger;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SourceRunStatus> _status = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes a new instance of the <see cref="ScheduledIngestionService"/> class.</summary>
    /// <param name="scopeFactory">Creates a scope per run.</param>
    /// <param name="synchronizer">Retries the writes the external sinks have not confirmed.</param>
    /// <param name="queue">Ingests each occurrence of a source's schedule.</param>
    /// <param name="factories">The registered source types.</param>
    /// <param name="options">The configured sources.</param>
    /// <param name="timeProvider">The clock the schedules follow.</param>
    /// <param name="logger">The logger.</param>
    public ScheduledIngestionService(
        IServiceScopeFactory scopeFactory,
        SinkSynchronizer synchronizer,
        IWorkQueue queue,
        IEnumerable<INewsSourceFactory> factories,
        IOptions<SourcesOptions> options,
        TimeProvider timeProvider,
        ILogger<ScheduledIngestionService> logger)
    {
        ArgumentNullException.ThrowIfNull(scopeFactory);
        ArgumentNullException.ThrowIfNull(synchronizer);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(factories);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _scopeFactory = scopeFactory;
        _synchronizer = synchronizer;
        _queue = queue;
        _factories = factories.ToDictionary(f => f.Type, StringComparer.OrdinalIgnoreCase);
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Occurs when a source's loop has scheduled its next run and starts waiting for it.</summary>
    public event EventHandler<SourceScheduleEventArgs>? NextRunScheduled;

    /// <summary>Occurs when a run of a source has finished, whatever its outcome (see <see cref="Status"/>).</summary>
    public event EventHandler<SourceScheduleEventArgs>? RunFinished;

    /// <summary>Gets the outcome of each source's latest run, by source name.</summary>
    public IReadOnlyDictionary<string, SourceRunStatus> Status => _status;

    /// <inheritdoc/>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // A queue server that cannot be reached stops the worker here, with the server named, before any run.
        await _queue.StartAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = _options.Sources.Select(source => RunSourceAsync(source, stoppingToken)).ToList();
        loops.Add(_synchronizer.RetryPendingAsync(stoppingToken));
        loops.Add(_queue.ConsumeAsync(stoppingToken));
        return Task.WhenAll(loops);
    }

    /// <summary>Runs one source once, now.</summary>
    /// <param name="options">The source's configuration.</param>
    /// <param name="cancellationToken">A token that stops the run.</param>
    /// <returns>The run's summary, or <see langword="null"/> when it failed as a whole.</returns>
    public Task<IngestionSummary?> RunOnceAsync(SourceOptions options, CancellationToken cancellationToken) =>
        RunOnceAsync(options, _timeProvider.GetUtcNow(), cancellationToken);

    /// <summary>Runs one occurrence of a source's schedule, now.</summary>
    /// <param name="options">The source's configuration.</param>
    /// <param name="occurrence">The occurrence's scheduled time; workers sharing a queue claim each occurrence once.</param>
    /// <param name="cancellationToken">A token that stops the run.</param>
    /// <returns>The run's summary, or <see langword="null"/> when it failed as a whole or another worker holds the occurrence.</returns>
    public async Task<IngestionSummary?> RunOnceAsync(SourceOptions options, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var started = _timeProvider.GetUtcNow();
        try
        {
            var scope = _scopeFactory.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                INewsSource source = _factories[options.Type].Create(options);
                if (await _queue.RunOccurrenceAsync(source, occurrence, cancellationToken).ConfigureAwait(false) is not { } summary)
                {
                    // Another worker claimed this occurrence: it lists the source and records the run.
                    RunFinished?.Invoke(this, new SourceScheduleEventArgs(options.Name, _timeProvider.GetUtcNow()));
                    return null;
                }

                var finished = _timeProvider.GetUtcNow();
                _status[options.Name] = new SourceRunStatus(started, finished, summary, null);
                await scope.ServiceProvider.GetRequiredService<ISourceRunLog>()
                    .RecordSourceRunAsync(
                        new SourceRun(
                            options.Name,
                            started,
                            finished,
                            summary.Seen,

                            // With a distributed queue the worker that listed the source queued its items: that is its share.
                            summary.Ingested + summary.Queued,
                            summary.Duplicates,
                            summary.Failures.Count,
                            null),
                        cancellationToken)
                    .ConfigureAwait(false);
                RunFinished?.Invoke(this, new SourceScheduleEventArgs(options.Name, finished));
                return summary;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            Log.ScheduledRunFailed(_logger, exception, options.Name);
            var finished = _timeProvider.GetUtcNow();
            _status[options.Name] = new SourceRunStatus(started, finished, null, exception.Message);
            await RecordFailedRunAsync(new SourceRun(options.Name, started, finished, 0, 0, 0, 0, exception.Message)).ConfigureAwait(false);
            RunFinished?.Invoke(this, new SourceScheduleEventArgs(options.Name, finished));
            return null;
        }
    }

    private async Task RecordFailedRunAsync(SourceRun run)
    {
        try
        {
            using var scope = _scopeFactory.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ISourceRunLog>().RecordSourceRunAsync(run, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The store itself may be what failed; the log line above already says why the run failed.
        }
    }

    private async Task RunSourceAsync(SourceOptions options, CancellationToken stoppingToken)
    {
        if (!CronSchedule.TryParse(options.Schedule, out var schedule, out _) || schedule is null)
        {
            // Start-up validation rejects invalid schedules; nothing to run.
            return;
        }

        try
        {
            if (options.RunOnStart)
            {
                await RunOnceAsync(options, stoppingToken).ConfigureAwait(false);
            }

            DateTimeOffset? last = null;
            while (!stoppingToken.IsCancellationRequested)
            {
                if (ScheduleClock.Next(schedule, _timeProvider.GetUtcNow(), last) is not { } nextRun)
                {
                    return;
                }

                Log.NextRun(_logger, options.Name, nextRun);
                NextRunScheduled?.Invoke(this, new SourceScheduleEventArgs(options.Name, nextRun));
                await ScheduleClock.DelayUntilAsync(nextRun, _timeProvider, stoppingToken).ConfigureAwait(false);
                await RunOnceAsync(options, nextRun, stoppingToken).ConfigureAwait(false);
                last = nextRun;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the current article's transaction either committed or left nothing behind.
        }
    }
}
