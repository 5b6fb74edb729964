using System.Globalization;
using System.Text;
using GraphBuilder.Ingestion;
using GraphBuilder.Ingestion.Sources;
using NATS.Client.JetStream;

namespace GraphBuilder.Queue.Nats;

internal sealed partial class NatsWorkQueue
{
    /// <inheritdoc/>
    public async Task<IngestionSummary?> RunOccurrenceAsync(INewsSource source, DateTimeOffset occurrence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await StartAsync(cancellationToken).ConfigureAwait(false);
        var leases = _leases!;
        if (await leases.TryClaimAsync(source.Name, occurrence, Worker.Id, _options.LeaseDuration, cancellationToken).ConfigureAwait(false)
            is not { } revision)
        {
            Log.OccurrenceHeldElsewhere(_logger, source.Name, occurrence);
            return null;
        }

        int seen = 0, unchanged = 0, queued = 0, deduplicated = 0;
        var renewAt = _timeProvider.GetUtcNow() + (_options.LeaseDuration / 2);
        try
        {
            await foreach (var item in source.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                seen++;
                if (_timeProvider.GetUtcNow() >= renewAt)
                {
                    // A long listing keeps its lease; one that lost it stops, and the new holder lists the source again.
                    var renewed = await leases.TryRenewAsync(source.Name, occurrence, Worker.Id, _options.LeaseDuration, revision, cancellationToken)
                        .ConfigureAwait(false);
                    if (renewed is null)
                    {
                        Log.LeaseLost(_logger, source.Name);
                        revision = 0;
                        break;
                    }

                    revision = renewed.Value;
                    renewAt = _timeProvider.GetUtcNow() + (_options.LeaseDuration / 2);
                }

                if (!await _runner.IsNewOrChangedAsync(item, cancellationToken).ConfigureAwait(false))
                {
                    unchanged++;
                    continue;
                }

                if (await PublishAsync(item, cancellationToken).ConfigureAwait(false))
                {
                    queued++;
                }
                else
                {
                    deduplicated++;
                }
            }
        }
        finally
        {
            if (revision != 0)
            {
                await ReleaseAsync(source.Name, occurrence, revision).ConfigureAwait(false);
            }
        }

        Log.Listed(_logger, source.Name, occurrence, seen, unchanged, queued, deduplicated);
        return IngestionSummary.ForListing(seen, unchanged, queued + deduplicated);
    }

    /// <summary>Publishes an item's message.</summary>
    /// <returns><see langword="true"/> when the stream stored it; <see langword="false"/> when it held it already.</returns>
    internal async Task<bool> PublishAsync(SourceItem item, CancellationToken cancellationToken)
    {
        var message = WorkMessages.From(item);
        var body = WorkMessages.Serialize(message);
        var limit = (_connection?.ServerInfo?.MaxPayload ?? 1024 * 1024) - HeaderAllowance;
        if (body.Length > limit)
        {
            // The article is too large for one message: a file is read again by the consumer from the folder the workers
            // share; anything else cannot travel and is recorded as failed, naming the server's limit.
            message = File.Exists(item.Location)
                ? new WorkMessage(item.Source, item.Location) { ContentHash = message.ContentHash, ReadFile = true }
                : new WorkMessage(item.Source, item.Location)
                {
                    ContentHash = message.ContentHash,
                    Failure = string.Create(
                        CultureInfo.InvariantCulture,
                        $"too large for the work queue: a {body.Length}-byte message over the server's max_payload of {limit + HeaderAllowance} bytes; ")
                        + "raise max_payload or ingest it with 'graphbuilder ingest'",
                };
            body = WorkMessages.Serialize(message);
        }

        var ack = await _jetStream!.PublishAsync(
            Subject(item.Source),
            body,
            opts: new NatsJSPubOpts { MsgId = WorkMessages.Id(message) },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (ack.Duplicate)
        {
            return false;
        }

        ack.EnsureSuccess();
        return true;
    }

    private async Task ReleaseAsync(string source, DateTimeOffset occurrence, ulong revision)
    {
        try
        {
            // Released even when the run is being stopped, so the next worker need not wait for the lease to lapse.
            using var timeout = new CancellationTokenSource(_options.ConnectTimeout);
            await _leases!.ReleaseAsync(source, occurrence, Worker.Id, revision, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Not released: it lapses after LeaseDuration.
            Log.LeaseNotReleased(_logger, exception, source);
        }
    }

    private string Subject(string source)
    {
        var token = new StringBuilder(source.Length);
        foreach (var c in source)
        {
            token.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return _options.Subject + "." + (token.Length == 0 ? "_" : token.ToString());
    }
}
