using GraphBuilder.Bolt.Messaging.Requests;
using GraphBuilder.Bolt.Protocol;
using GraphBuilder.Bolt.Retry;
using Polly;

namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a logical unit of work against one database. Sessions are cheap: they hold no connection between
/// transactions, carry the bookmark of their last commit into the next transaction, and are not thread-safe.
/// </summary>
public sealed class BoltSession : IAsyncDisposable
{
    private readonly BoltDriver _driver;
    private readonly BoltSessionOptions _options;
    private IReadOnlyList<string> _bookmarks;
    private BoltTransaction? _explicit;
    private BoltTransaction? _autoCommit;

    internal BoltSession(BoltDriver driver, BoltSessionOptions options)
    {
        _driver = driver;
        _options = options;
        Database = options.Database ?? driver.Options.Database;
        _bookmarks = options.Bookmarks;
    }

    /// <summary>Gets the database, or <see langword="null"/> for the user's home database.</summary>
    public string? Database { get; }

    /// <summary>Gets the bookmarks of the last committed transaction (or the initial ones).</summary>
    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction and commits it. The whole unit is retried on retryable
    /// errors (transient errors, lost connections, expired sessions) with exponential back-off until
    /// <see cref="BoltDriverOptions.MaxTransactionRetryTime"/> is spent; other errors surface at once.
    /// </summary>
    /// <typeparam name="T">The work's result type.</typeparam>
    /// <param name="work">The work; it may run more than once, so it must not have side effects outside the transaction.</param>
    /// <param name="cancellationToken">A token to cancel the work and its retries.</param>
    /// <returns>The work's result.</returns>
    /// <exception cref="BoltServerException">The server reported a non-retryable error, or retries were exhausted.</exception>
    public Task<T> ExecuteWriteAsync<T>(Func<BoltTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(BoltAccessMode.Write, work, TelemetryMessage.ManagedTransaction, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction and commits it, with the retries of
    /// <see cref="ExecuteWriteAsync{T}(Func{BoltTransaction, Task{T}}, CancellationToken)"/>.
    /// </summary>
    /// <param name="work">The work.</param>
    /// <param name="cancellationToken">A token to cancel the work and its retries.</param>
    /// <returns>A task that completes when the transaction is committed.</returns>
    public Task ExecuteWriteAsync(Func<BoltTransaction, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return ExecuteWriteAsync(
            async tx =>
            {
                await work(tx).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> in a read transaction (routed to a reader), with the same retries.</summary>
    /// <typeparam name="T">The work's result type.</typeparam>
    /// <param name="work">The work.</param>
    /// <param name="cancellationToken">A token to cancel the work and its retries.</param>
    /// <returns>The work's result.</returns>
    public Task<T> ExecuteReadAsync<T>(Func<BoltTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(BoltAccessMode.Read, work, TelemetryMessage.ManagedTransaction, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a read transaction (routed to a reader), with the same retries.</summary>
    /// <param name="work">The work.</param>
    /// <param name="cancellationToken">A token to cancel the work and its retries.</param>
    /// <returns>A task that completes when the transaction is committed.</returns>
    public Task ExecuteReadAsync(Func<BoltTransaction, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return ExecuteReadAsync(
            async tx =>
            {
                await work(tx).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <summary>Begins an explicit transaction that the caller commits or rolls back; it is not retried.</summary>
    /// <param name="accessMode">Read or write.</param>
    /// <param name="cancellationToken">A token to cancel acquiring a connection.</param>
    /// <returns>The transaction; dispose it to roll back if it was not committed.</returns>
    /// <exception cref="InvalidOperationException">Another explicit transaction of this session is still open.</exception>
    public async Task<BoltTransaction> BeginTransactionAsync(BoltAccessMode accessMode = BoltAccessMode.Write, CancellationToken cancellationToken = default)
    {
        if (_explicit is { IsOpen: true })
        {
            throw new InvalidOperationException("The session already has an open transaction.");
        }

        _explicit = await BeginAsync(accessMode, TelemetryMessage.ExplicitTransaction, cancellationToken).ConfigureAwait(false);
        return _explicit;
    }

    /// <summary>
    /// Runs one query in an auto-commit transaction (RUN with the transaction metadata, no BEGIN). It is not retried;
    /// the connection is held until the result has been read or the session is disposed. Needed for
    /// <c>CALL { ... } IN TRANSACTIONS</c>, which the server refuses inside explicit transactions.
    /// </summary>
    /// <param name="query">The Cypher text.</param>
    /// <param name="parameters">The parameters, or <see langword="null"/>.</param>
    /// <param name="accessMode">Read or write.</param>
    /// <param name="cancellationToken">A token to cancel the request.</param>
    /// <returns>The result; read it before the next query of this session.</returns>
    /// <exception cref="BoltServerException">The server rejected the query.</exception>
    public async Task<BoltResult> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        BoltAccessMode accessMode = BoltAccessMode.Write,
        CancellationToken cancellationToken = default)
    {
        if (_autoCommit is not null)
        {
            await _autoCommit.DisposeAsync().ConfigureAwait(false);
            _autoCommit = null;
        }

        var transaction = await BeginAsync(accessMode, TelemetryMessage.AutoCommit, cancellationToken, autoCommit: true).ConfigureAwait(false);
        _autoCommit = transaction;
        try
        {
            return await transaction.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (BoltException)
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            _autoCommit = null;
            throw;
        }
    }

    /// <summary>Rolls back an explicit transaction left open and finishes an unread auto-commit result.</summary>
    /// <returns>A task that completes when the session is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_autoCommit is not null)
        {
            await _autoCommit.DisposeAsync().ConfigureAwait(false);
            _autoCommit = null;
        }

        if (_explicit is not null)
        {
            await _explicit.DisposeAsync().ConfigureAwait(false);
            _explicit = null;
        }
    }

    internal async Task<T> ExecuteAsync<T>(BoltAccessMode mode, Func<BoltTransaction, Task<T>> work, long telemetryApi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(TransactionRetryPipeline.StartedAt, _driver.TimeProvider.GetTimestamp());
        try
        {
            return await _driver.RetryPipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    var transaction = await state.Session.BeginAsync(state.Mode, state.Api, ctx.CancellationToken).ConfigureAwait(false);
                    await using (transaction.ConfigureAwait(false))
                    {
                        var result = await state.Work(transaction).ConfigureAwait(false);
                        await transaction.CommitAsync(ctx.CancellationToken).ConfigureAwait(false);
                        return result;
                    }
                },
                context,
                (Session: this, Mode: mode, Api: telemetryApi, Work: work)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<BoltTransaction> BeginAsync(BoltAccessMode mode, long telemetryApi, CancellationToken cancellationToken, bool autoCommit = false)
    {
        var provider = _driver.ConnectionProvider;
        var connection = await provider.AcquireAsync(mode, Database, _bookmarks, cancellationToken).ConfigureAwait(false);
        var settings = new TransactionSettings(Database, mode, _bookmarks, _options.TransactionTimeout, _options.TransactionMetadata);
        try
        {
            return new BoltTransaction(
                connection,
                settings,
                _options.FetchSize ?? _driver.Options.FetchSize,
                telemetryApi,
                provider.ReleaseAsync,
                bookmark => _bookmarks = [bookmark],
                autoCommit);
        }
        catch (BoltException)
        {
            await provider.ReleaseAsync(connection).ConfigureAwait(false);
            throw;
        }
    }
}
