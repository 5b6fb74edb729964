using System.Text;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Ingestion.Sources;
using NATS.Client.JetStream;

namespace GraphBuilder.Queue.Nats;

internal sealed partial class NatsWorkQueue
{
    // How long one pull waits for a message before asking again (and noticing a stop).
    private static readonly TimeSpan PullExpiry = TimeSpan.FromSeconds(5);

    // How many waiting messages one worker takes together: their articles share a transaction and a resolution.
    private const int BatchSize = 16;

    /// <inheritdoc/>
    public async Task ConsumeAsync(CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        var heartbeats = HeartbeatAsync(cancellationToken);
        try
        {
            var consumer = await _jetStream!.GetConsumerAsync(_options.Stream, _options.Consumer, cancellationToken).ConfigureAwait(false);
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    var message = await consumer.NextAsync<byte[]>(opts: new NatsJSNextOpts { Expires = PullExpiry }, cancellationToken: cancellationToken)
                        .ConfigureAwait(false);
                    if (message is { } received)
                    {
                        // What else waits now is taken with it and written in one transaction; never waited for.
                        List<INatsJSMsg<byte[]>> messages = [received];
                        var waiting = consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = BatchSize - 1 }, cancellationToken: cancellationToken);
                        await foreach (var more in waiting.ConfigureAwait(false))
                        {
                            messages.Add(more);
                        }

                        await ProcessAsync(messages, cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // The server went away or restarted: the client reconnects; what was taken is delivered again.
                    Log.ConsumeFailed(_logger, exception);
                    await Task.Delay(TimeSpan.FromSeconds(1), _timeProvider, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: a message being worked on was handed back or is delivered again after AckWait.
        }
        finally
        {
            await heartbeats.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Ingests one message and acknowledges it only after the store committed what it became.</summary>
    internal Task ProcessAsync(INatsJSMsg<byte[]> message, CancellationToken cancellationToken) => ProcessAsync([message], cancellationToken);

    /// <summary>
    /// Ingests messages taken together (their articles written in one transaction where their order allows) and
    /// acknowledges each only after the store committed what it became.
    /// </summary>
    internal async Task ProcessAsync(IReadOnlyList<INatsJSMsg<byte[]>> messages, CancellationToken cancellationToken)
    {
        var taken = new List<(INatsJSMsg<byte[]> Message, WorkMessage Work, ulong Delivery, string FailureKey)>();
        foreach (var message in messages)
        {
            var delivery = message.Metadata?.NumDelivered ?? 1;
            if (WorkMessages.Deserialize(message.Data) is not { } work)
            {
                Log.Unreadable(_logger, message.Metadata?.Sequence.Stream ?? 0);
                await message.AckTerminateAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            if (delivery > 1)
            {
                _metrics.Redelivered(work.Source);
            }

            var failureKey = "failure." + WorkMessages.Id(work);
            if (delivery >= (ulong)_options.MaxDeliver)
            {
                await GiveUpAsync(message, work, failureKey, delivery, cancellationToken).ConfigureAwait(false);
                continue;
            }

            taken.Add((message, work, delivery, failureKey));
        }

        // A message delivered before failed once: it goes alone, so that it cannot take others' deliveries with it.
        var fresh = taken.Where(t => t.Delivery <= 1).ToList();
        if (fresh.Count > 0)
        {
            await IngestAsync(fresh, cancellationToken).ConfigureAwait(false);
        }

        foreach (var again in taken.Where(t => t.Delivery > 1))
        {
            await IngestAsync([again], cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task IngestAsync(
        List<(INatsJSMsg<byte[]> Message, WorkMessage Work, ulong Delivery, string FailureKey)> taken,
        CancellationToken cancellationToken)
    {
        using var working = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var keepAlive = taken.Select(t => KeepAliveAsync(t.Message, working.Token)).ToList();
        try
        {
            var items = new List<SourceItem>(taken.Count);
            foreach (var (_, work, _, _) in taken)
            {
                items.Add(await ToItemAsync(work, cancellationToken).ConfigureAwait(false));
            }

            var outcomes = await _runner.IngestManyAsync(items, cancellationToken).ConfigureAwait(false);

            // The commits are durable: only now may the messages go. A stop from here on is harmless, as a redelivery
            // finds the input unchanged.
            for (var i = 0; i < taken.Count; i++)
            {
                var (message, work, delivery, failureKey) = taken[i];
                await message.AckAsync(new AckOpts { DoubleAck = true }, CancellationToken.None).ConfigureAwait(false);
                Interlocked.Increment(ref _processed);
                Log.ItemDone(_logger, work.Location, outcomes[i], delivery);
                if (delivery > 1)
                {
                    await _bucket!.TryDeleteAsync(failureKey, cancellationToken: CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            foreach (var (message, work, _, _) in taken)
            {
                Log.HandedBack(_logger, work.Location);
                await message.NakAsync(cancellationToken: CancellationToken.None).AsTask().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var reason = $"{exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}";
            foreach (var (message, work, delivery, failureKey) in taken)
            {
                Log.ItemRetried(_logger, work.Location, delivery, reason);
                await _bucket!.TryPutAsync(failureKey, Encoding.UTF8.GetBytes(reason), cancellationToken: CancellationToken.None).ConfigureAwait(false);
                var delay = TimeSpan.FromSeconds(Math.Min(30, 2 * (double)delivery));
                await message.NakAsync(new AckOpts { NakDelay = delay }, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            await working.CancelAsync().ConfigureAwait(false);
            foreach (var task in keepAlive)
            {
                await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>
    /// Records a message delivered <c>MaxDeliver</c> times as a failed input with the last reason a worker gave, without
    /// trying it again (a message that kills its worker would kill this one too), and removes it from the stream.
    /// </summary>
    private async Task GiveUpAsync(INatsJSMsg<byte[]> message, WorkMessage work, string failureKey, ulong delivery, CancellationToken cancellationToken)
    {
        var last = await _bucket!.TryGetEntryAsync<byte[]>(failureKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        var cause = last.Success && last.Value.Value is { Length: > 0 } value
            ? Encoding.UTF8.GetString(value)
            : "no worker finished it (each stopped or timed out while working on it)";
        var reason = $"gave up after {delivery - 1} deliveries: {cause}";
        await _runner.RecordFailureAsync(work.Location, work.Source, reason, work.ContentHash, cancellationToken).ConfigureAwait(false);
        await message.AckAsync(new AckOpts { DoubleAck = true }, CancellationToken.None).ConfigureAwait(false);
        await _bucket.TryDeleteAsync(failureKey, cancellationToken: CancellationToken.None).ConfigureAwait(false);
        Log.ItemGaveUp(_logger, work.Location, delivery, reason);
    }

    private async Task<SourceItem> ToItemAsync(WorkMessage work, CancellationToken cancellationToken)
    {
        if (!work.ReadFile)
        {
            return WorkMessages.ToItem(work)
                ?? SourceItem.Failed(work.Location, work.Source, "the work message holds neither an article nor a failure", work.ContentHash);
        }

        // Too large to travel: the file is read again from the folder the workers share.
        SourceItem? first = null;
        await foreach (var item in _reader.ReadAsync(work.Location, work.Source, cancellationToken).ConfigureAwait(false))
        {
            if (item.Location == work.Location)
            {
                return item;
            }

            first ??= item;
        }

        return first ?? SourceItem.Failed(work.Location, work.Source, "the file could not be read again by the worker that took it", work.ContentHash);
    }

    /// <summary>Tells the server, every third of <c>AckWait</c>, that a long article is still being worked on.</summary>
    private async Task KeepAliveAsync(INatsJSMsg<byte[]> message, CancellationToken cancellationToken)
    {
        var period = _options.AckWait / 3;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(period, _timeProvider, cancellationToken).ConfigureAwait(false);
            await message.AckProgressAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records this worker's heartbeat in the store and the queue's depth in the metrics, until stopped.</summary>
    private async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_queue.HeartbeatInterval, _timeProvider);
        do
        {
            try
            {
                var now = _timeProvider.GetUtcNow();
                if (_registry is not null)
                {
                    await _registry.RecordHeartbeatAsync(
                        new WorkerHeartbeat(Worker.Id, Worker.Host, Worker.StartedAt, now, Interlocked.Read(ref _processed)),
                        cancellationToken).ConfigureAwait(false);
                }

                var consumer = await _jetStream!.GetConsumerAsync(_options.Stream, _options.Consumer, cancellationToken).ConfigureAwait(false);
                _metrics.SetQueueDepth((long)consumer.Info.NumPending + consumer.Info.NumAckPending);
            }
            catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
            {
                Log.HeartbeatFailed(_logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
    }
}
