using System.Text.RegularExpressions;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Ingestion;
using GraphBuilder.Ingestion.Queue;
using GraphBuilder.Ingestion.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;

namespace GraphBuilder.Queue.Nats;

/// <summary>
/// The work queue over NATS JetStream. Each occurrence of a source's schedule is claimed by one worker through a lease
/// in a key-value bucket; that worker lists the source and publishes one message per new or changed item to a
/// work-queue stream (deduplicated by message id). Every worker consumes the stream, ingests each item through
/// <see cref="IngestionRunner"/> and acknowledges it only after the store committed it.
/// </summary>
internal sealed partial class NatsWorkQueue : IWorkQueue, IAsyncDisposable
{
    // Room left in a message for the headers (message id, JetStream's own) beside the body.
    private const int HeaderAllowance = 4096;

    private readonly QueueOptions _queue;
    private readonly NatsQueueOptions _options;
    private readonly IngestionRunner _runner;
    private readonly ArticleFileReader _reader;
    private readonly IngestionMetrics _metrics;
    private readonly IWorkerRegistry? _registry;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<NatsWorkQueue> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private NatsConnection? _connection;
    private NatsJSContext? _jetStream;
    private SourceLeases? _leases;
    private INatsKVStore? _bucket;
    private bool _ready;
    private long _processed;

    public NatsWorkQueue(
        IOptions<QueueOptions> queue,
        IOptions<NatsQueueOptions> options,
        IngestionRunner runner,
        ArticleFileReader reader,
        IngestionMetrics metrics,
        TimeProvider timeProvider,
        ILogger<NatsWorkQueue> logger,
        IWorkerRegistry? registry = null)
    {
        _queue = queue.Value;
        _options = options.Value;
        _runner = runner;
        _reader = reader;
        _metrics = metrics;
        _registry = registry;
        _timeProvider = timeProvider;
        _logger = logger;
        Worker = WorkerIdentity.Create(timeProvider);
    }

    /// <summary>Gets this worker's identity.</summary>
    public WorkerIdentity Worker { get; }

    private string Server => QueueUrl.Redact(_queue.Url ?? string.Empty);

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }

            var jetStream = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            await Unavailable(async () =>
            {
                await jetStream.CreateOrUpdateStreamAsync(
                    new StreamConfig(_options.Stream, [_options.Subject + ".>"])
                    {
                        Retention = StreamConfigRetention.Workqueue,
                        Storage = StreamConfigStorage.File,
                        DuplicateWindow = _options.DuplicateWindow,
                    },
                    cancellationToken).ConfigureAwait(false);
                await jetStream.CreateOrUpdateConsumerAsync(
                    _options.Stream,
                    new ConsumerConfig(_options.Consumer)
                    {
                        DurableName = _options.Consumer,
                        AckPolicy = ConsumerConfigAckPolicy.Explicit,
                        AckWait = _options.AckWait,
                        MaxDeliver = _options.MaxDeliver,
                    },
                    cancellationToken).ConfigureAwait(false);
                _bucket = await new NatsKVContext(jetStream).CreateOrUpdateStoreAsync(
                    new NatsKVConfig(_options.LeaseBucket) { History = 1, Storage = NatsKVStorageType.File },
                    cancellationToken).ConfigureAwait(false);
                _leases = new SourceLeases(_bucket, _timeProvider);
            }).ConfigureAwait(false);
            _ready = true;
            Log.Ready(_logger, Server, _options.Stream, Worker.Id);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc/>
    public async Task<WorkQueueStatus?> ReadStatusAsync(CancellationToken cancellationToken = default)
    {
        NatsJSContext jetStream;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            jetStream = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }

        ConsumerInfo? consumer = null;
        try
        {
            consumer = (await jetStream.GetConsumerAsync(_options.Stream, _options.Consumer, cancellationToken).ConfigureAwait(false)).Info;
        }
        catch (NatsJSApiException exception) when (exception.Error.Code == 404)
        {
            // No worker has set the queue up yet: nothing waits.
        }

        IReadOnlyList<SourceLease> leases = [];
        try
        {
            var bucket = await new NatsKVContext(jetStream).GetStoreAsync(_options.LeaseBucket, cancellationToken).ConfigureAwait(false);
            leases = await new SourceLeases(bucket, _timeProvider).ListAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NatsKVException)
        {
            // No lease was ever taken.
        }
        catch (NatsJSApiException exception) when (exception.Error.Code == 404)
        {
            // No lease was ever taken.
        }

        return new WorkQueueStatus(
            Server,
            _options.Stream,
            (long)(consumer?.NumPending ?? 0),
            consumer?.NumAckPending ?? 0,
            consumer?.NumRedelivered ?? 0,
            leases);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }

    [GeneratedRegex(@"//[^/@\s]+@")]
    private static partial Regex UserInfo();

    private async Task<NatsJSContext> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_jetStream is not null)
        {
            return _jetStream;
        }

        var url = _queue.Url ?? throw new WorkQueueUnavailableException($"{QueueOptions.SectionName}:Url is not set");
        var connection = new NatsConnection(NatsOpts.Default with
        {
            Url = url,
            Name = "graphbuilder " + Worker.Id,
            ConnectTimeout = _options.ConnectTimeout,
        });
        try
        {
            var deadline = _options.ConnectTimeout * 2;
            await Unavailable(async () => await connection.ConnectAsync().AsTask().WaitAsync(deadline, cancellationToken).ConfigureAwait(false))
                .ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        _connection = connection;
        _jetStream = new NatsJSContext(connection);
        return _jetStream;
    }

    /// <summary>Runs a set-up step, turning the client's failure into one line that names the server without credentials.</summary>
    private async Task Unavailable(Func<Task> step)
    {
        try
        {
            await step().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException or WorkQueueUnavailableException))
        {
            var detail = UserInfo().Replace(exception.Message.ReplaceLineEndings(" "), "//");
            if (!string.IsNullOrEmpty(_queue.Url))
            {
                detail = detail.Replace(_queue.Url, Server, StringComparison.Ordinal);
            }

            var hint = exception is NatsJSException or NatsJSApiException ? " (is JetStream enabled? start the server with -js)" : string.Empty;
            throw new WorkQueueUnavailableException(
                $"the work queue at {Server} cannot be used ({QueueOptions.SectionName}:Url): {exception.GetType().Name}: {detail}{hint}",
                exception);
        }
    }
}
