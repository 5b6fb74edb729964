using System.Collections.Concurrent;
using System.Data;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// The one connection factory the store's roles share: opens connections to the database file in WAL mode with the
/// busy timeout, and applies the migrations once, on the first open.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    /// <summary>How many open connections are kept for leases: the writer, the read side of ingestion and a spare.</summary>
    private const int KeptConnections = 3;

    private readonly ConcurrentStack<SqliteConnection> _kept = new();
    private readonly string _connectionString;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private readonly int _busyTimeoutMilliseconds;
    private bool _initialized;
    private int _disposed;

    public SqliteDatabase(IOptions<SqliteStoreOptions> options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        Path = System.IO.Path.GetFullPath(options.Value.Path);
        _logger = logger;
        _busyTimeoutMilliseconds = (int)options.Value.BusyTimeout.TotalMilliseconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)options.Value.BusyTimeout.TotalSeconds),
        }.ToString();
    }

    /// <summary>Gets the full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Gets the schema version the store is at once opened.</summary>
    public static int SchemaVersion => Migrations.All[^1].Version;

    /// <summary>Closes this store's pooled connections (and only this store's), releasing the file.</summary>
    public void Dispose()
    {
        Interlocked.Exchange(ref _disposed, 1);
        CloseKept();
        _initialization.Dispose();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>
    /// Leases a connection kept open between uses, whose statements stay prepared: for the paths every article takes
    /// (its ledger look-up, near-duplicate search and commit), which would otherwise set up a connection and prepare
    /// each statement every time.
    /// </summary>
    /// <param name="cancellationToken">A token that cancels the open.</param>
    /// <returns>The lease; disposing it gives the connection back.</returns>
    public async Task<SqliteLease> LeaseAsync(CancellationToken cancellationToken)
    {
        if (_kept.TryPop(out var kept))
        {
            return new SqliteLease(this, kept);
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        SqliteSql.KeepStatements(connection);
        return new SqliteLease(this, connection);
    }

    /// <summary>Takes back a leased connection, or closes it when enough are kept or the store is disposed.</summary>
    internal async ValueTask GiveBackAsync(SqliteConnection connection)
    {
        if (connection.State == ConnectionState.Open && Volatile.Read(ref _disposed) == 0 && _kept.Count < KeptConnections)
        {
            _kept.Push(connection);
            if (Volatile.Read(ref _disposed) != 0)
            {
                // Disposed meanwhile: what it closed did not include this one.
                CloseKept();
            }

            return;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private void CloseKept()
    {
        while (_kept.TryPop(out var connection))
        {
            connection.Dispose();
        }
    }

    /// <summary>Opens a connection, migrating the schema on the first call.</summary>
    /// <param name="cancellationToken">A token that cancels the open.</param>
    /// <returns>The open connection; the caller disposes it.</returns>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // synchronous is a connection's setting, not the file's. A checkpoint every 10,000 WAL pages (40 MB) rather
            // than SQLite's 1,000: each checkpoint writes a page once however many commits changed it, and the pages
            // articles touch (indexes, group counts) change again and again. With batches of 64 articles, 40,000 pages
            // were no faster and made each checkpoint a pause four times as long. The journal size limit trims a WAL an
            // unusually large transaction left longer.
            // Statement journals stay in memory rather than in temporary files, and a 32 MB page cache (SQLite's default
            // is 2 MB) holds the B-tree pages that articles' random keys (hashes, anchors) land on.
            await SqliteSql.ExecuteAsync(
                connection,
                null,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 10000; PRAGMA journal_size_limit = 40960000; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768; "
                    + $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds};"),
                cancellationToken).ConfigureAwait(false);
            if (!_initialized)
            {
                await InitializeAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == 26)
        {
            // SQLITE_NOTADB: name the file, since the caller only knows its option.
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new InvalidDataException($"'{Path}' is not a GraphBuilder store (not an SQLite database).", exception);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<long> UserVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        using var command = SqliteSql.Command(connection, transaction, "PRAGMA user_version");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L);
    }

    private async Task InitializeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _initialization.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            await SqliteSql.ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", cancellationToken).ConfigureAwait(false);
            var version = await UserVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);

            if (version > SchemaVersion)
            {
                throw new InvalidOperationException(
                    $"The store '{Path}' has schema version {version}, newer than this GraphBuilder understands ({SchemaVersion}).");
            }

            foreach (var (number, sql) in Migrations.All.Where(m => m.Version > version))
            {
                var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    // Several processes may open a new file at once: the one that waited for the write lock finds it done.
                    if (await UserVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false) >= number)
                    {
                        continue;
                    }

                    await SqliteSql.ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
                    await Migrations.CompleteAsync(number, connection, transaction, cancellationToken).ConfigureAwait(false);
                    await SqliteSql.ExecuteAsync(
                        connection,
                        transaction,
                        string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {number}"),
                        cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                Log.Migrated(_logger, Path, number);
            }

            _initialized = true;
        }
        finally
        {
            _initialization.Release();
        }
    }
}
