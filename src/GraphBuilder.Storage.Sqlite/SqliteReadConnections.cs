using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Opens read-only connections to the store for the explorer's queries. In WAL mode they read a consistent snapshot
/// while a worker writes, and they can never write. A store of an older schema is upgraded once, the way any other
/// command would, before the first read.
/// </summary>
internal sealed class SqliteReadConnections(IOptions<SqliteStoreOptions> options, ILogger<SqliteReadConnections> logger) : IDisposable
{
    private readonly string _path = Path.GetFullPath(options.Value.Path);
    private readonly SemaphoreSlim _check = new(1, 1);
    private volatile bool _checked;

    private string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = _path,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = true,
        DefaultTimeout = Math.Max(1, (int)options.Value.BusyTimeout.TotalSeconds),
    }.ToString();

    /// <inheritdoc/>
    public void Dispose()
    {
        _check.Dispose();
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Opens a read-only connection.</summary>
    /// <param name="cancellationToken">A token that cancels the open.</param>
    /// <returns>The open connection; the caller disposes it.</returns>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            throw new FileNotFoundException($"The store '{_path}' does not exist.", _path);
        }

        if (!_checked)
        {
            await CheckSchemaAsync(cancellationToken).ConfigureAwait(false);
        }

        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task CheckSchemaAsync(CancellationToken cancellationToken)
    {
        await _check.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_checked)
            {
                return;
            }

            long version;
            var connection = new SqliteConnection(ConnectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                using var command = SqliteSql.Command(connection, null, "PRAGMA user_version");
                version = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L);
            }

            if (version < SqliteDatabase.SchemaVersion)
            {
                // The one write a reader makes: the same upgrade the first command of a newer GraphBuilder makes.
                using var database = new SqliteDatabase(options, logger);
                var upgraded = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
                await upgraded.DisposeAsync().ConfigureAwait(false);
            }
            else if (version > SqliteDatabase.SchemaVersion)
            {
                throw new InvalidOperationException(
                    $"The store '{_path}' has schema version {version}, newer than this GraphBuilder understands ({SqliteDatabase.SchemaVersion}).");
            }

            _checked = true;
        }
        finally
        {
            _check.Release();
        }
    }
}
