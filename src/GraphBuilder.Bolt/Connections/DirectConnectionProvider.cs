namespace GraphBuilder.Bolt.Connections;

/// <summary>
/// Lends connections to the single server of a bolt:// URI.
/// </summary>
/// <param name="pool">The server's pool.</param>
internal sealed class DirectConnectionProvider(ConnectionPool pool) : IConnectionProvider
{
    /// <inheritdoc/>
    public Task<BoltConnection> AcquireAsync(BoltAccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken) =>
        pool.AcquireAsync(null, cancellationToken);

    /// <inheritdoc/>
    public ValueTask ReleaseAsync(BoltConnection connection) => pool.ReleaseAsync(connection);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => pool.DisposeAsync();
}
