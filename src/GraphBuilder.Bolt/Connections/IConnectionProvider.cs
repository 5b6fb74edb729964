namespace GraphBuilder.Bolt.Connections;

/// <summary>
/// Lends connections for a database and access mode: one server for bolt://, the routed server for neo4j://.
/// </summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    /// <summary>Lends a ready connection.</summary>
    /// <param name="mode">Read or write.</param>
    /// <param name="database">The database, or <see langword="null"/> for the home database.</param>
    /// <param name="bookmarks">The session's bookmarks (routing tables must reflect them).</param>
    /// <param name="cancellationToken">A token to cancel the wait.</param>
    /// <returns>The connection; give it back with <see cref="ReleaseAsync"/>.</returns>
    Task<BoltConnection> AcquireAsync(BoltAccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken);

    /// <summary>Takes a connection back.</summary>
    /// <param name="connection">The connection.</param>
    /// <returns>A task that completes when the connection is back in its pool or closed.</returns>
    ValueTask ReleaseAsync(BoltConnection connection);
}
