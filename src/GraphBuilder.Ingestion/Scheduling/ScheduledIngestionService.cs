using GraphBuilder.Graph.Storage;
using GraphBuilder.Ingestion.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion.Scheduling;

/// <summary>
/// The hosted worker: runs each configured source on its own cron schedule, each in its own loop, so a failing or
/// slow source never holds up the others. A run that throws is logged and the source runs again at its next time.
/// Pending writes to external sinks are retried between runs.
/// </summary>
public sealed class ScheduledIngestionService : BackgroundService
{
    private static readonly TimeSpan SinkRetryInterval = TimeSpan.FromSeconds(30);

    private readonly IServiceScopeFactory _scopeFactory;
    private readonly Dictionary<string, INewsSourceFactory> _factories;
    private readonly SourcesOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ScheduledIngestionService> _logger;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SourceRunStatus> _status = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes a new instance of the <see cref="ScheduledIngestionService"/> class.</summary>
    /// <param name="scopeFactory">Creates a scope per run.</param>
    /// <param name="factories">The registered source types.</param>
    /// <param name="options">The configured sources.</param>
    /// <param name="timeProvider">The clock the schedules follow.</param>
    /// <param name="logger">The logger.</param>
    public ScheduledIngestionService(
        IServiceScopeFactory scopeFactory,
        IEnumerable<INewsSourceFactory> factories,
        IOptions<SourcesOptions> options,
        TimeProvider timeProvider,
        ILogger<ScheduledIngestionService> logger)
    {
        ArgumentNullException.ThrowIfNull(scopeFactory);
        ArgumentNullException.ThrowIfNull(factories);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _scopeFactory = scopeFactory;
        _factories = factories.ToDictionary(f => f.Type, StringComparer.OrdinalIgnoreCase);
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Gets the outcome of each source's latest run, by source name.</summary>
    public IReadOnlyDictionary<string, SourceRunStatus> Status => _status;

    /// <inheritdoc/>
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = _options.Sources.Select(source => RunSourceAsync(source, stoppingToken)).ToList();
        loops.Add(RetrySinksAsync(stoppingToken));
        return Task.WhenAll(loops);
    }

    /// <summary>Runs one source once, now.</summary>
    /// <param name="options">The source's configuration.</param>
    /// <param name="cancellationToken">A token that stops the run.</param>
    /// <returns>The run's summary, or <see langword="null"/> when it failed as a whole.</returns>
    public async Task<IngestionSummary?> RunOnceAsync(SourceOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var started = _timeProvider.GetUtcNow();
        try
        {
            var scope = _scopeFactory.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var runner = scope.ServiceProvider.GetRequiredService<IngestionRunner>();
                INewsSource source = _factories[options.Type].Create(options);
                var summary = await runner.RunAsync(source, cancellationToken: cancellationToken).ConfigureAwait(false);
                var finished = _timeProvider.GetUtcNow();
                _status[options.Name] = new SourceRunStatus(started, finished, summary, null);
                await scope.ServiceProvider.GetRequiredService<ISourceRunLog>()
                    .RecordSourceRunAsync(new SourceRun(options.Name, started, finished, summary.Seen, summary.Ingested, summary.Duplicates, summary.Failures.Count, null), cancellationToken)
                    .ConfigureAwait(false);
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

            while (!stoppingToken.IsCancellationRequested)
            {
                var now = _timeProvider.GetUtcNow();
                var next = schedule.GetNextOccurrence(now, TimeZoneInfo.Utc);
                if (next is not { } nextRun)
                {
                    return;
                }

                Log.NextRun(_logger, options.Name, nextRun);
                await Task.Delay(nextRun - now, _timeProvider, stoppingToken).ConfigureAwait(false);
                await RunOnceAsync(options, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the current article's transaction either committed or left nothing behind.
        }
    }

    private async Task RetrySinksAsync(CancellationToken stoppingToken)
    {
        var synchronizer = _scopeFactory.CreateScope().ServiceProvider.GetRequiredService<SinkSynchronizer>();
        if (!synchronizer.HasSinks)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await synchronizer.FlushAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(SinkRetryInterval, _timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; what is pending stays in the outbox for the next start.
        }
    }
}
