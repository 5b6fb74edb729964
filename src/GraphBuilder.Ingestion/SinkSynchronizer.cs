using GraphBuilder.Graph.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace GraphBuilder.Ingestion;

/// <summary>
/// Mirrors the embedded store's committed changes to the external sinks (Neo4j). Changes wait in the store's outbox
/// until every sink has committed them, so an outage delays writes and never drops them; replaying a change is
/// harmless because a change carries current state, not a delta. A circuit breaker (Polly) guards the writes: once
/// the sinks have failed often enough it opens and flushes return at once, without touching the sinks, until its
/// break is over and one probe write finds the sink back (the breaker closes) or still down (it opens again).
/// </summary>
public sealed class SinkSynchronizer : IDisposable
{
    private const int BatchSize = 100;

    /// <summary>How long the worker waits between attempts to write what is pending.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(30);

    private readonly IChangeOutbox _outbox;
    private readonly IGraphReader _reader;
    private readonly IArticleLedger _ledger;
    private readonly IReadOnlyList<IGraphSink> _sinks;
    private readonly TimeProvider _timeProvider;
    private readonly IngestionMetrics _metrics;
    private readonly ILogger<SinkSynchronizer> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ResiliencePipeline _breaker;
    private readonly CircuitBreakerStateProvider _breakerState = new();
    private bool _initialized;

    /// <summary>Initializes a new instance of the <see cref="SinkSynchronizer"/> class.</summary>
    /// <param name="outbox">The changes waiting for the sinks.</param>
    /// <param name="reader">Reads the current state of what a change touched.</param>
    /// <param name="ledger">The ledger, which counts the articles still pending.</param>
    /// <param name="sinks">The external sinks; none when no external database is configured.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="options">The circuit breaker's options.</param>
    /// <param name="metrics">The metrics recorded.</param>
    /// <param name="logger">The logger.</param>
    public SinkSynchronizer(
        IChangeOutbox outbox,
        IGraphReader reader,
        IArticleLedger ledger,
        IEnumerable<IGraphSink> sinks,
        TimeProvider timeProvider,
        IOptions<SinkResilienceOptions> options,
        IngestionMetrics metrics,
        ILogger<SinkSynchronizer> logger)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(sinks);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(logger);
        _metrics = metrics;
        _outbox = outbox;
        _reader = reader;
        _ledger = ledger;
        _sinks = [.. sinks];
        _timeProvider = timeProvider;
        _logger = logger;
        var settings = options.Value.CircuitBreaker;
        _breaker = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = settings.FailureRatio,
                MinimumThroughput = settings.MinimumThroughput,
                SamplingDuration = settings.SamplingDuration,
                BreakDuration = settings.BreakDuration,
                ShouldHandle = settings.ShouldHandle,
                StateProvider = _breakerState,
                OnOpened = arguments =>
                {
                    Log.SinkCircuitOpened(_logger, arguments.BreakDuration, arguments.Outcome.Exception?.Message ?? "failure");
                    return ValueTask.CompletedTask;
                },
                OnHalfOpened = _ =>
                {
                    Log.SinkCircuitHalfOpened(_logger);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    Log.SinkCircuitClosed(_logger);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();

    /// <summary>Gets a value indicating whether any external sink is configured.</summary>
    public bool HasSinks => _sinks.Count > 0;

    /// <summary>Gets the state of the circuit breaker around the sinks.</summary>
    public CircuitState BreakerState => _breakerState.CircuitState;

    /// <summary>Writes every pending change to the sinks, oldest first, stopping at the first failure.</summary>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The number of changes written, the number of articles still pending, and why the flush stopped if it did.</returns>
    public async Task<SinkFlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        if (!HasSinks)
        {
            return new SinkFlushResult(0, 0, null);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var written = 0;
            try
            {
                while (true)
                {
                    var batch = await _outbox.ListPendingAsync(BatchSize, cancellationToken).ConfigureAwait(false);
                    if (batch.Count == 0)
                    {
                        _metrics.SetPending(0);
                        return new SinkFlushResult(written, 0, null);
                    }

                    foreach (var change in batch)
                    {
                        var current = await _reader.ReadChangeAsync(change.Changes, cancellationToken).ConfigureAwait(false);

                        // While the breaker is open this throws BrokenCircuitException without calling the sinks.
                        await _breaker.ExecuteAsync(
                            static async (state, token) => await state.Self.WriteAsync(state.Change, token).ConfigureAwait(false),
                            (Self: this, Change: current),
                            cancellationToken).ConfigureAwait(false);
                        await _outbox.CompletePendingAsync(change, _timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                        written++;
                    }
                }
            }
            catch (BrokenCircuitException exception)
            {
                // Nothing was attempted, so nothing new is recorded against the change.
                var pending = await CountPendingAsync().ConfigureAwait(false);
                Log.SinkCircuitOpen(_logger, exception.RetryAfter, pending);
                return new SinkFlushResult(written, pending, $"the circuit breaker around the sink is open after repeated failures ({exception.Message})");
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The sink is down or refused: everything stays pending for the next flush.
                // Only the oldest change records the error; the count comes from the ledger, not from reading the outbox.
                var oldest = await _outbox.ListPendingAsync(1, CancellationToken.None).ConfigureAwait(false);
                if (oldest.Count > 0)
                {
                    await _outbox.FailPendingAsync(oldest[0], exception.Message, CancellationToken.None).ConfigureAwait(false);
                }

                var pending = await CountPendingAsync().ConfigureAwait(false);
                Log.SinkUnavailable(_logger, exception.Message, pending);
                return new SinkFlushResult(written, pending, exception.Message.ReplaceLineEndings(" "));
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Writes what is pending, then again every <see cref="RetryInterval"/> until stopped: the worker's loop that
    /// delivers the changes an outage held back. Does nothing when no sink is configured.
    /// </summary>
    /// <param name="stoppingToken">Stops the loop.</param>
    /// <returns>A task that completes when the loop stops.</returns>
    public async Task RetryPendingAsync(CancellationToken stoppingToken)
    {
        if (!HasSinks)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await FlushAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(RetryInterval, _timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; what is pending stays in the outbox for the next start.
        }
    }

    private async Task WriteAsync(GraphChange change, CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            foreach (var sink in _sinks)
            {
                await sink.InitializeAsync(cancellationToken).ConfigureAwait(false);
            }

            _initialized = true;
        }

        foreach (var sink in _sinks)
        {
            var started = _timeProvider.GetTimestamp();
            await sink.WriteAsync(change, cancellationToken).ConfigureAwait(false);
            _metrics.Written(sink.Name, _timeProvider.GetElapsedTime(started));
        }
    }

    private async Task<int> CountPendingAsync()
    {
        var counts = await _ledger.CountByStatusAsync(CancellationToken.None).ConfigureAwait(false);
        var pending = counts.GetValueOrDefault(ArticleStatus.Pending);
        _metrics.SetPending(pending);
        return pending;
    }
}
