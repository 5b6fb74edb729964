using System.Runtime.ExceptionServices;
using GraphBuilder.Bolt.Connections;
using GraphBuilder.Bolt.Messaging;
using GraphBuilder.Bolt.Messaging.Requests;
using GraphBuilder.Bolt.Messaging.Responses;
using GraphBuilder.Bolt.Protocol;

namespace GraphBuilder.Bolt;

/// <summary>
/// Represents an explicit transaction on one connection. BEGIN is pipelined with the first RUN; each RUN is sent
/// with its first PULL. In a managed transaction (<see cref="BoltSession.ExecuteWriteAsync{T}(Func{BoltTransaction, Task{T}}, CancellationToken)"/>)
/// the session commits; otherwise call <see cref="CommitAsync"/> or <see cref="RollbackAsync"/>.
/// </summary>
public sealed class BoltTransaction : IAsyncDisposable
{
    // Read-only, so sharing one instance across transactions cannot leak a value from one into another.
    private static readonly IReadOnlyDictionary<string, object?> Empty = System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty;

    private readonly BoltConnection _connection;
    private readonly Func<BoltConnection, ValueTask> _release;
    private readonly Action<string> _onBookmark;
    private readonly long _fetchSize;
    private readonly Dictionary<string, object?>? _autoCommitExtra;
    private int _unreadSetupResponses;
    private BoltResult? _current;
    private TransactionState _state = TransactionState.Active;
    private bool _released;

    internal BoltTransaction(
        BoltConnection connection,
        TransactionSettings settings,
        long fetchSize,
        long telemetryApi,
        Func<BoltConnection, ValueTask> release,
        Action<string> onBookmark,
        bool autoCommit = false)
    {
        _connection = connection;
        _release = release;
        _onBookmark = onBookmark;
        _fetchSize = fetchSize;
        if (connection.Protocol.CreateTelemetry(telemetryApi, connection.TelemetryEnabled) is { } telemetry)
        {
            connection.Enqueue(telemetry);
            _unreadSetupResponses++;
        }

        if (autoCommit)
        {
            // Auto-commit: no BEGIN; the transaction metadata travels in RUN's extra dictionary.
            _autoCommitExtra = BoltProtocol.CreateTransactionExtra(settings);
            return;
        }

        connection.Enqueue(new BeginMessage(BoltProtocol.CreateTransactionExtra(settings)));
        _unreadSetupResponses++;
    }

    private enum TransactionState
    {
        Active,
        Committed,
        RolledBack,
        Failed,
    }

    /// <summary>Gets a value indicating whether the transaction can still run queries.</summary>
    public bool IsOpen => _state == TransactionState.Active;

    /// <summary>Gets the error that ended the transaction, if any.</summary>
    internal BoltException? Failure { get; private set; }

    /// <summary>Runs a query; the first batch of records is requested at once.</summary>
    /// <param name="query">The Cypher text. Pass values as parameters, never in the text.</param>
    /// <param name="parameters">The parameters, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">A token to cancel the request; cancelling discards the connection.</param>
    /// <returns>The result, whose records stream as they are enumerated.</returns>
    /// <exception cref="BoltServerException">The server rejected the query.</exception>
    /// <exception cref="BoltConnectionException">The connection was lost.</exception>
    /// <exception cref="InvalidOperationException">The transaction is no longer open.</exception>
    public async Task<BoltResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowIfNotOpen();
        if (_autoCommitExtra is not null && _current is not null)
        {
            throw new InvalidOperationException("An auto-commit transaction runs exactly one query.");
        }

        if (_current is { IsComplete: false } previous)
        {
            await previous.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            _connection.Enqueue(new RunMessage(query, parameters ?? Empty, _autoCommitExtra ?? Empty));
            _connection.Enqueue(new PullMessage(_fetchSize));
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await ReadSetupResponsesAsync(cancellationToken).ConfigureAwait(false);
            var success = await _connection.ReceiveSuccessAsync(cancellationToken).ConfigureAwait(false);
            var keys = success.Metadata.TryGetValue("fields", out var fields) && fields is IReadOnlyList<object?> list
                ? list.Select(f => f as string ?? string.Empty).ToArray()
                : [];
            _current = new BoltResult(this, _connection, keys, success.GetInteger("qid") ?? PullMessage.LastStatement, _fetchSize);
            return _current;
        }
        catch (BoltException ex)
        {
            throw Fail(ex);
        }
    }

    /// <summary>Commits the transaction; records not yet read are buffered first.</summary>
    /// <param name="cancellationToken">A token to cancel the commit.</param>
    /// <returns>A task that completes when the server has committed.</returns>
    /// <exception cref="BoltServerException">The server could not commit.</exception>
    /// <exception cref="BoltConnectionException">The connection was lost; the outcome is unknown.</exception>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_state == TransactionState.Failed && Failure is not null)
        {
            // Work that swallowed a failure cannot commit; rethrowing the failure itself keeps it retryable.
            ExceptionDispatchInfo.Throw(Failure);
        }

        ThrowIfNotOpen();
        try
        {
            if (_current is { IsComplete: false } current)
            {
                await current.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
            }

            _connection.Enqueue(CommitMessage.Instance);
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await ReadSetupResponsesAsync(cancellationToken).ConfigureAwait(false);
            var success = await _connection.ReceiveSuccessAsync(cancellationToken).ConfigureAwait(false);
            _state = TransactionState.Committed;
            if (success.GetString("bookmark") is { } bookmark)
            {
                _onBookmark(bookmark);
            }
        }
        catch (BoltException ex)
        {
            throw Fail(ex);
        }

        _connection.MarkReady();
        await ReleaseAsync().ConfigureAwait(false);
    }

    /// <summary>Rolls the transaction back.</summary>
    /// <param name="cancellationToken">A token to cancel the rollback.</param>
    /// <returns>A task that completes when the server has rolled back.</returns>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state != TransactionState.Active)
        {
            await ReleaseAsync().ConfigureAwait(false);
            return;
        }

        try
        {
            if (_current is { IsComplete: false } current)
            {
                await current.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            }

            _connection.Enqueue(RollbackMessage.Instance);
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await ReadSetupResponsesAsync(cancellationToken).ConfigureAwait(false);
            await _connection.ReceiveSuccessAsync(cancellationToken).ConfigureAwait(false);
            _state = TransactionState.RolledBack;
            _connection.MarkReady();
        }
        catch (BoltException ex)
        {
            throw Fail(ex);
        }
        finally
        {
            await ReleaseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Rolls back an open transaction and gives the connection back; a failed one is reset by the pool.</summary>
    /// <returns>A task that completes when the connection is released.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_autoCommitExtra is not null)
        {
            await DisposeAutoCommitAsync().ConfigureAwait(false);
            return;
        }

        if (_state == TransactionState.Active && !_connection.IsDefunct)
        {
            try
            {
                await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (BoltException)
            {
                // The pool resets or discards the connection; the original error, if any, is what matters.
            }
        }

        await ReleaseAsync().ConfigureAwait(false);
    }

    /// <summary>Called by the result when its final summary arrives; an auto-commit transaction ends there.</summary>
    /// <param name="summary">The final SUCCESS of the stream.</param>
    /// <returns>A task that completes when an auto-commit connection is released.</returns>
    internal async ValueTask OnResultCompletedAsync(SuccessMessage summary)
    {
        if (_autoCommitExtra is null || _state != TransactionState.Active)
        {
            return;
        }

        _state = TransactionState.Committed;
        if (summary.GetString("bookmark") is { } bookmark)
        {
            _onBookmark(bookmark);
        }

        _connection.MarkReady();
        await ReleaseAsync().ConfigureAwait(false);
    }

    /// <summary>Reads the next response of the stream, after any unread BEGIN/TELEMETRY summaries.</summary>
    /// <param name="cancellationToken">A token to cancel the read.</param>
    /// <returns>The response.</returns>
    internal async ValueTask<IResponseMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ReadSetupResponsesAsync(cancellationToken).ConfigureAwait(false);
            return await _connection.ReceiveAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BoltException ex)
        {
            throw Fail(ex);
        }
    }

    /// <summary>Sends one request at once (a follow-up PULL or DISCARD).</summary>
    /// <param name="message">The request.</param>
    /// <param name="cancellationToken">A token to cancel the write.</param>
    /// <returns>A task that completes when the request is written.</returns>
    internal async ValueTask SendAsync(IRequestMessage message, CancellationToken cancellationToken)
    {
        try
        {
            _connection.Enqueue(message);
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BoltException ex)
        {
            throw Fail(ex);
        }
    }

    /// <summary>Marks the transaction as failed by <paramref name="exception"/>.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The same exception, to throw.</returns>
    internal BoltException Fail(BoltException exception)
    {
        if (_state == TransactionState.Active)
        {
            _state = TransactionState.Failed;
            Failure = exception;
        }

        return exception;
    }

    private async ValueTask DisposeAutoCommitAsync()
    {
        if (_state == TransactionState.Active && _current is { IsComplete: false } current && !_connection.IsDefunct)
        {
            try
            {
                await current.ConsumeAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (BoltException)
            {
                // The pool resets or discards the connection.
            }
        }

        await ReleaseAsync().ConfigureAwait(false);
    }

    private async ValueTask ReadSetupResponsesAsync(CancellationToken cancellationToken)
    {
        while (_unreadSetupResponses > 0)
        {
            _unreadSetupResponses--;
            await _connection.ReceiveSuccessAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void ThrowIfNotOpen()
    {
        if (_state != TransactionState.Active)
        {
            throw Failure is not null
                ? new InvalidOperationException("The transaction has failed and can no longer be used; see the inner exception.", Failure)
                : new InvalidOperationException($"The transaction is {_state} and can no longer be used.");
        }
    }

    private async ValueTask ReleaseAsync()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        await _release(_connection).ConfigureAwait(false);
    }
}
