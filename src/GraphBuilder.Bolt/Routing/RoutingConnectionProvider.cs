using System.Collections.Concurrent;
using GraphBuilder.Bolt.Connections;
using GraphBuilder.Bolt.Protocol;
using GraphBuilder.Bolt.Retry;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Bolt.Routing;

/// <summary>
/// Lends connections for neo4j:// URIs: keeps a routing table per database (fetched with ROUTE, refreshed when its
/// TTL runs out or it lacks servers for the mode), picks the least-connected reader or writer, and forgets servers
/// that fail or lose their leadership.
/// </summary>
internal sealed class RoutingConnectionProvider : IConnectionProvider
{
    private readonly ServerAddress _seed;
    private readonly IReadOnlyDictionary<string, object?> _routingContext;
    private readonly Func<ServerAddress, ConnectionPool> _createPool;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool> _pools = new();
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private int _roundRobin;

    /// <summary>Initializes a new instance of the <see cref="RoutingConnectionProvider"/> class.</summary>
    /// <param name="seed">The server in the URI, the first router.</param>
    /// <param name="routingContext">The routing context sent with ROUTE.</param>
    /// <param name="createPool">Creates the pool for a server.</param>
    /// <param name="timeProvider">The time provider for table expiry.</param>
    /// <param name="logger">The logger.</param>
    public RoutingConnectionProvider(
        ServerAddress seed,
        IReadOnlyDictionary<string, object?> routingContext,
        Func<ServerAddress, ConnectionPool> createPool,
        TimeProvider timeProvider,
        ILogger logger)
    {
        _seed = seed;
        _routingContext = routingContext;
        _createPool = createPool;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Gets the current table of a database, if one was fetched.</summary>
    /// <param name="database">The database, or <see langword="null"/> for the home database.</param>
    /// <returns>The table or <see langword="null"/>.</returns>
    public RoutingTable? GetTable(string? database) => _tables.GetValueOrDefault(database ?? string.Empty);

    /// <inheritdoc/>
    public async Task<BoltConnection> AcquireAsync(BoltAccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var key = database ?? string.Empty;
        var table = await GetFreshTableAsync(mode, key, bookmarks, cancellationToken).ConfigureAwait(false);
        var candidates = mode == BoltAccessMode.Read ? table.Readers : table.Writers;
        foreach (var address in OrderByLeastConnected(candidates))
        {
            try
            {
                return await Pool(address).AcquireAsync((connection, error) => MapError(key, connection, error), cancellationToken).ConfigureAwait(false);
            }
            catch (BoltConnectionException ex)
            {
                Forget(key, address, ex.Message);
            }
        }

        throw new BoltSessionExpiredException(
            $"Failed to obtain a connection towards a {(mode == BoltAccessMode.Read ? "READ" : "WRITE")} server for database '{key}'.");
    }

    /// <inheritdoc/>
    public ValueTask ReleaseAsync(BoltConnection connection) =>
        connection.Pool?.ReleaseAsync(connection) ?? connection.DisposeAsync();

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }

        _refreshLock.Dispose();
    }

    private async Task<RoutingTable> GetFreshTableAsync(BoltAccessMode mode, string key, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        if (_tables.TryGetValue(key, out var table) && !table.IsStaleFor(mode, _timeProvider.GetUtcNow()))
        {
            return table;
        }

        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tables.TryGetValue(key, out table) && !table.IsStaleFor(mode, _timeProvider.GetUtcNow()))
            {
                return table;
            }

            var routers = (table?.Routers ?? []).Append(_seed).Distinct().ToList();
            foreach (var router in routers)
            {
                try
                {
                    var fresh = await FetchAsync(router, key, bookmarks, cancellationToken).ConfigureAwait(false);
                    _tables[key] = fresh;
                    Log.RoutingTableRefreshed(_logger, key, router, fresh.Writers.Count, fresh.Readers.Count, fresh.ExpiresAt);
                    return fresh;
                }
                catch (BoltConnectionException ex)
                {
                    Log.RouterFailed(_logger, router, ex);
                }
            }

            throw new BoltConnectionException(
                $"Could not perform discovery for database '{key}': no routing server is available (tried {string.Join(", ", routers)}).");
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task<RoutingTable> FetchAsync(ServerAddress router, string key, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var pool = Pool(router);
        var connection = await pool.AcquireAsync(null, cancellationToken).ConfigureAwait(false);
        try
        {
            connection.Enqueue(BoltProtocol.CreateRoute(_routingContext, bookmarks, key.Length == 0 ? null : key));
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            var success = await connection.ReceiveSuccessAsync(cancellationToken).ConfigureAwait(false);
            return RoutingTable.Parse(key, success.Metadata.GetValueOrDefault("rt"), _timeProvider.GetUtcNow());
        }
        finally
        {
            await pool.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    private BoltException MapError(string key, BoltConnection connection, BoltException error)
    {
        switch (error)
        {
            case BoltServerException server when ErrorClassification.IsFailureToWrite(server.Code):
                ForgetWriter(key, connection.Address);
                return new BoltSessionExpiredException($"No longer possible to write to server at {connection.Address}: {server.Message}", server);
            case BoltServerException server when ErrorClassification.IsAvailabilityError(server.Code):
                Forget(key, connection.Address, server.Code);
                return server;
            case BoltConnectionException lost when lost is not BoltSessionExpiredException:
                Forget(key, connection.Address, lost.Message);
                return new BoltSessionExpiredException($"Server at {connection.Address} is no longer available: {lost.Message}", lost);
            default:
                return error;
        }
    }

    private void Forget(string key, ServerAddress address, string reason)
    {
        if (_tables.TryGetValue(key, out var table))
        {
            _tables[key] = table.Forget(address);
            Log.ServerForgotten(_logger, address, key, reason);
        }
    }

    private void ForgetWriter(string key, ServerAddress address)
    {
        if (_tables.TryGetValue(key, out var table))
        {
            _tables[key] = table.ForgetWriter(address);
            Log.ServerForgotten(_logger, address, key, "no longer a writer");
        }
    }

    private List<ServerAddress> OrderByLeastConnected(IReadOnlyList<ServerAddress> candidates)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        // Least connected, starting from a rotating index so ties are spread round-robin.
        var start = (int)((uint)Interlocked.Increment(ref _roundRobin) % (uint)candidates.Count);
        return Enumerable.Range(0, candidates.Count)
            .Select(i => candidates[(start + i) % candidates.Count])
            .OrderBy(address => _pools.TryGetValue(address, out var pool) ? pool.InUseCount : 0)
            .ToList();
    }

    private ConnectionPool Pool(ServerAddress address) => _pools.GetOrAdd(address, _createPool);
}
