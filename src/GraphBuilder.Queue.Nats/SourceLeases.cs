using System.Text;
using System.Text.Json;
using GraphBuilder.Ingestion.Queue;
using NATS.Client.Core;
using NATS.Client.KeyValueStore;

namespace GraphBuilder.Queue.Nats;

/// <summary>
/// The sources' leases in a JetStream key-value bucket, one key per source. A worker claims an occurrence of a source's
/// schedule by creating the key when it is absent, or by replacing, at the revision it read, a lease for an earlier
/// occurrence that was released or has expired; the server accepts exactly one of several such writes.
/// </summary>
internal sealed class SourceLeases(INatsKVStore bucket, TimeProvider timeProvider)
{
    private const string Prefix = "source.";

    /// <summary>How many times a lease is read before a lost reply fails the claim.</summary>
    private const int ReadAttempts = 3;

    /// <summary>Claims a source's occurrence.</summary>
    /// <returns>The lease's revision, or <see langword="null"/> when another worker holds this occurrence or the source.</returns>
    public async Task<ulong?> TryClaimAsync(string source, DateTimeOffset occurrence, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        var key = Key(source);
        var lease = new LeaseRecord(source, owner, occurrence, timeProvider.GetUtcNow() + duration, Released: false);
        var current = await ReadAsync(key, cancellationToken).ConfigureAwait(false);
        if (!current.Success || current.Value.Value is null || current.Value.Operation != NatsKVOperation.Put)
        {
            var created = current.Success
                ? await bucket.TryUpdateAsync(key, Serialize(lease), current.Value.Revision, cancellationToken: cancellationToken).ConfigureAwait(false)
                : await bucket.TryCreateAsync(key, Serialize(lease), cancellationToken: cancellationToken).ConfigureAwait(false);
            return created.Success ? created.Value : null;
        }

        var held = Deserialize(current.Value.Value);
        if (held is not null
            && (held.Occurrence >= occurrence || (!held.Released && held.ExpiresAt > timeProvider.GetUtcNow())))
        {
            // This occurrence is taken, or the holder is still listing an earlier one (which covers this one's items).
            return null;
        }

        var updated = await bucket.TryUpdateAsync(key, Serialize(lease), current.Value.Revision, cancellationToken: cancellationToken).ConfigureAwait(false);
        return updated.Success ? updated.Value : null;
    }

    /// <summary>Reads a lease, again when a reply was lost (a bucket just created, a busy server): a read is safe to repeat, a write is not.</summary>
    private async Task<NatsResult<NatsKVEntry<byte[]>>> ReadAsync(string key, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await bucket.TryGetEntryAsync<byte[]>(key, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (NatsNoReplyException) when (attempt < ReadAttempts)
            {
                // The next attempt waits its own request timeout.
            }
        }
    }

    /// <summary>Extends a lease held at a revision.</summary>
    /// <returns>The new revision, or <see langword="null"/> when the lease is no longer this worker's.</returns>
    public async Task<ulong?> TryRenewAsync(
        string source,
        DateTimeOffset occurrence,
        string owner,
        TimeSpan duration,
        ulong revision,
        CancellationToken cancellationToken)
    {
        var lease = new LeaseRecord(source, owner, occurrence, timeProvider.GetUtcNow() + duration, Released: false);
        var updated = await bucket.TryUpdateAsync(Key(source), Serialize(lease), revision, cancellationToken: cancellationToken).ConfigureAwait(false);
        return updated.Success ? updated.Value : null;
    }

    /// <summary>Releases a lease held at a revision, keeping its occurrence so the occurrence is not claimed again.</summary>
    /// <returns>A task that completes when the lease is released, or found to be another's.</returns>
    public async Task ReleaseAsync(string source, DateTimeOffset occurrence, string owner, ulong revision, CancellationToken cancellationToken)
    {
        var lease = new LeaseRecord(source, owner, occurrence, timeProvider.GetUtcNow(), Released: true);
        await bucket.TryUpdateAsync(Key(source), Serialize(lease), revision, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads every source's lease.</summary>
    /// <returns>The leases, by source name.</returns>
    public async Task<IReadOnlyList<SourceLease>> ListAsync(CancellationToken cancellationToken)
    {
        var leases = new List<SourceLease>();
        await foreach (var key in bucket.GetKeysAsync([Prefix + ">"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var entry = await ReadAsync(key, cancellationToken).ConfigureAwait(false);
            if (entry.Success && entry.Value.Value is { } value && Deserialize(value) is { } lease)
            {
                leases.Add(new SourceLease(lease.Source, lease.Owner, lease.Occurrence, lease.ExpiresAt, lease.Released));
            }
        }

        return [.. leases.OrderBy(l => l.Source, StringComparer.Ordinal)];
    }

    private static string Key(string source) => Prefix + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(source));

    private static byte[] Serialize(LeaseRecord lease) => JsonSerializer.SerializeToUtf8Bytes(lease, WorkMessageJsonContext.Default.LeaseRecord);

    private static LeaseRecord? Deserialize(byte[] value)
    {
        try
        {
            return JsonSerializer.Deserialize(value, WorkMessageJsonContext.Default.LeaseRecord);
        }
        catch (JsonException)
        {
            // A value this version cannot read is treated as a lapsed lease: the next claim replaces it.
            return null;
        }
    }
}
