using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Bolt.Connections;

/// <summary>
/// A bounded pool of connections to one server. Healthy connections are reused; defunct ones, and those past their
/// lifetime, are closed and replaced.
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly ConnectionSettings _settings;
    private readonly PoolSettings _poolSettings;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private int _inUse;
    private volatile bool _disposed;

    /// <summary>Initializes a new instance of the <see cref="ConnectionPool"/> class.</summary>
    /// <param name="address">The server.</param>
    /// <param name="settings">How connections are opened.</param>
    /// <param name="poolSettings">The pool limits.</param>
    /// <param name="timeProvider">The time provider.</param>
    /// <param name="logger">The logger.</param>
    public ConnectionPool(ServerAddress address, ConnectionSettings settings, PoolSettings poolSettings, TimeProvider timeProvider, ILogger logger)
    {
        Address = address;
        _settings = settings;
        _poolSettings = poolSettings;
        _timeProvider = timeProvider;
        _logger = logger;
        _slots = new SemaphoreSlim(poolSettings.MaxSize, poolSettings.MaxSize);
    }

    /// <summary>Gets the server.</summary>
    public ServerAddress Address { get; }

    /// <summary>Gets the number of connections lent out.</summary>
    public int InUseCount => Volatile.Read(ref _inUse);

    /// <summary>Gets the number of idle connections.</summary>
    public int IdleCount => _idle.Count;

    /// <summary>Lends a ready connection, opening one when none is idle.</summary>
    /// <param name="errorMapper">The routing hook for the connection's errors.</param>
    /// <param name="cancellationToken">A token to cancel the wait.</param>
    /// <returns>The connection; give it back with <see cref="ReleaseAsync"/>.</returns>
    /// <exception cref="BoltConnectionException">No connection became free in time, or the server cannot be reached.</exception>
    public async Task<BoltConnection> AcquireAsync(Func<BoltConnection, BoltException, BoltException>? errorMapper, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_slots.Wait(0, CancellationToken.None))
        {
            await WaitForSlotAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            while (_idle.TryPop(out var idle))
            {
                if (!idle.IsAlive || IsExpired(idle))
                {
                    await idle.DisposeAsync().ConfigureAwait(false);
                    continue;
                }

                idle.ErrorMapper = errorMapper;
                Interlocked.Increment(ref _inUse);
                return idle;
            }

            var connection = await BoltConnection.OpenAsync(Address, _settings, _timeProvider, _logger, cancellationToken).ConfigureAwait(false);
            connection.Pool = this;
            connection.ErrorMapper = errorMapper;
            Interlocked.Increment(ref _inUse);
            return connection;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Takes a connection back: it is reset when needed and kept, or closed when it cannot be reused.</summary>
    /// <param name="connection">The connection.</param>
    /// <returns>A task that completes when the connection is back or closed.</returns>
    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        try
        {
            connection.ErrorMapper = null;
            if (!connection.IsDefunct && (connection.State != ServerState.Ready || connection.PendingResponses > 0))
            {
                try
                {
                    await connection.ResetAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (BoltException ex)
                {
                    connection.MarkDefunct(ex);
                }
            }

            if (_disposed || connection.IsDefunct || IsExpired(connection))
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                _idle.Push(connection);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inUse);
            _slots.Release();
        }
    }

    /// <summary>Closes every idle connection; lent connections are closed when they come back.</summary>
    /// <returns>A task that completes when the idle connections are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var connection))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task WaitForSlotAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_poolSettings.AcquisitionTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await _slots.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new BoltConnectionException(
                $"No connection to {Address} became free within {_poolSettings.AcquisitionTimeout} (pool size {_poolSettings.MaxSize}).", ex);
        }
    }

    private bool IsExpired(BoltConnection connection) =>
        _timeProvider.GetElapsedTime(connection.CreatedTimestamp) > _poolSettings.MaxConnectionLifetime;
}
