using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// The use of one of the connections a <see cref="SqliteDatabase"/> keeps open with its statements prepared; disposing
/// the lease gives the connection back.
/// </summary>
internal sealed class SqliteLease(SqliteDatabase database, SqliteConnection connection) : IAsyncDisposable
{
    /// <summary>Gets the open connection, this lease's alone until it is disposed.</summary>
    public SqliteConnection Connection { get; } = connection;

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => database.GiveBackAsync(Connection);
}
