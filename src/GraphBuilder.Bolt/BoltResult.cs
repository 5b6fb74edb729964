using GraphBuilder.Bolt.Connections;
using GraphBuilder.Bolt.Messaging.Requests;
using GraphBuilder.Bolt.Messaging.Responses;

namespace GraphBuilder.Bolt;

/// <summary>
/// Represents the records of one query, streamed in batches of the fetch size (PULL {n, qid} while "has_more").
/// Enumerate it once; <see cref="ConsumeAsync"/> discards what is left and returns the summary.
/// </summary>
public sealed class BoltResult : IAsyncEnumerable<BoltRecord>
{
    private readonly BoltTransaction _transaction;
    private readonly BoltConnection _connection;
    private readonly long _qid;
    private readonly long _fetchSize;
    private readonly Queue<BoltRecord> _buffer = new();
    private BoltResultSummary? _summary;
    private bool _enumerated;
    private bool _discarding;

    internal BoltResult(BoltTransaction transaction, BoltConnection connection, IReadOnlyList<string> keys, long qid, long fetchSize)
    {
        _transaction = transaction;
        _connection = connection;
        Keys = keys;
        _qid = qid;
        _fetchSize = fetchSize;
    }

    /// <summary>Gets the column names.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Gets the summary once every record has been read or discarded; otherwise <see langword="null"/>.</summary>
    public BoltResultSummary? Summary => _summary;

    /// <summary>Gets a value indicating whether the server has sent the final summary.</summary>
    internal bool IsComplete => _summary is not null;

    /// <summary>Streams the records; the result can be enumerated once.</summary>
    /// <param name="cancellationToken">A token to cancel the enumeration.</param>
    /// <returns>The enumerator.</returns>
    /// <exception cref="InvalidOperationException">The result was already enumerated.</exception>
    public async IAsyncEnumerator<BoltRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("A BoltResult can be enumerated only once.");
        }

        _enumerated = true;
        try
        {
            while (true)
            {
                if (_buffer.TryDequeue(out var buffered))
                {
                    yield return buffered;
                    continue;
                }

                if (_summary is not null)
                {
                    yield break;
                }

                var record = await ReadNextAsync(cancellationToken).ConfigureAwait(false);
                if (record is not null)
                {
                    yield return record;
                }
            }
        }
        finally
        {
            // An enumeration left early cannot be resumed, so the rest of the stream is discarded, not buffered.
            if (_summary is null)
            {
                _discarding = true;
                _buffer.Clear();
            }
        }
    }

    /// <summary>Reads every record into a list.</summary>
    /// <param name="cancellationToken">A token to cancel the read.</param>
    /// <returns>The records.</returns>
    public async Task<IReadOnlyList<BoltRecord>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<BoltRecord>();
        await foreach (var record in this.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>Reads the one and only record.</summary>
    /// <param name="cancellationToken">A token to cancel the read.</param>
    /// <returns>The record.</returns>
    /// <exception cref="InvalidOperationException">The result has no record or more than one.</exception>
    public async Task<BoltRecord> SingleAsync(CancellationToken cancellationToken = default)
    {
        var records = await ToListAsync(cancellationToken).ConfigureAwait(false);
        return records.Count == 1
            ? records[0]
            : throw new InvalidOperationException($"Expected exactly one record but the query returned {records.Count}.");
    }

    /// <summary>Discards the records not yet read (DISCARD) and returns the summary.</summary>
    /// <param name="cancellationToken">A token to cancel the read.</param>
    /// <returns>The summary with the update counters.</returns>
    public async Task<BoltResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _discarding = true;
        _buffer.Clear();
        while (_summary is null)
        {
            await ReadNextAsync(cancellationToken).ConfigureAwait(false);
        }

        return _summary;
    }

    /// <summary>Reads what is left into memory, so that another request can use the connection.</summary>
    /// <param name="cancellationToken">A token to cancel the read.</param>
    /// <returns>A task that completes when the summary has arrived.</returns>
    internal async Task BufferRemainingAsync(CancellationToken cancellationToken)
    {
        while (_summary is null)
        {
            var record = await ReadNextAsync(cancellationToken).ConfigureAwait(false);
            if (record is not null)
            {
                _buffer.Enqueue(record);
            }
        }
    }

    private async ValueTask<BoltRecord?> ReadNextAsync(CancellationToken cancellationToken)
    {
        var message = await _transaction.ReceiveAsync(cancellationToken).ConfigureAwait(false);
        switch (message)
        {
            case RecordMessage record:
                return _discarding ? null : new BoltRecord(Keys, record.Values);
            case SuccessMessage { HasMore: true }:
                // The batch is done but the stream is not: ask for the next one (or drop the rest).
                await _transaction.SendAsync(
                    _discarding ? new DiscardMessage(DiscardMessage.All, _qid) : new PullMessage(_fetchSize, _qid),
                    cancellationToken).ConfigureAwait(false);
                return null;
            case SuccessMessage success:
                _summary = new BoltResultSummary(success.Metadata);
                await _transaction.OnResultCompletedAsync(success).ConfigureAwait(false);
                return null;
            case FailureMessage failure:
                throw _transaction.Fail(_connection.ToException(failure));
            default:
                throw _transaction.Fail(new BoltProtocolException("The server ignored a PULL without reporting a failure."));
        }
    }
}
