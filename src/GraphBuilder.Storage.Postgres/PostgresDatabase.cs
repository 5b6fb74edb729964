using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// The one connection factory the store's roles share: a pooled <see cref="NpgsqlDataSource"/>, with the migrations
/// applied once, on the first open, under a session advisory lock so that workers starting together migrate once.
/// </summary>
internal sealed class PostgresDatabase : IDisposable, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _readOnly;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private volatile bool _initialized;

    public PostgresDatabase(IOptions<PostgresStoreOptions> options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        var builder = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString);
        Server = $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        MaxCommitAttempts = options.Value.MaxCommitAttempts;
        _dataSource = new NpgsqlDataSourceBuilder(builder.ConnectionString).Build();

        // The explorer's connections: the server refuses any write on them.
        var readOnly = new NpgsqlConnectionStringBuilder(builder.ConnectionString);
        readOnly.Options = $"{readOnly.Options} -c default_transaction_read_only=on".Trim();
        _readOnly = new NpgsqlDataSourceBuilder(readOnly.ConnectionString).Build();
    }

    /// <summary>Gets the server and database, as <c>host:port/database</c> (never the credentials).</summary>
    public string Server { get; }

    /// <summary>Gets how many times a commit is tried when it meets another worker's.</summary>
    public int MaxCommitAttempts { get; }

    /// <summary>Gets the schema version the store is at once opened.</summary>
    public static int SchemaVersion => PostgresMigrations.All[^1].Version;

    public void Dispose()
    {
        _initialization.Dispose();
        _readOnly.Dispose();
        _dataSource.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        _initialization.Dispose();
        await _readOnly.DisposeAsync().ConfigureAwait(false);
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Opens a pooled connection, migrating the schema on the first call.</summary>
    /// <param name="cancellationToken">A token that cancels the open.</param>
    /// <returns>The open connection; the caller disposes it.</returns>
    /// <exception cref="PostgresStoreException">The server cannot be reached or refuses the connection.</exception>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection connection;
        try
        {
            connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException)
        {
            throw Unavailable(exception);
        }

        if (!_initialized)
        {
            try
            {
                await InitializeAsync(connection, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        return connection;
    }

    /// <summary>Opens a pooled connection on which the server refuses writes, once the schema is migrated.</summary>
    /// <param name="cancellationToken">A token that cancels the open.</param>
    /// <returns>The open connection; the caller disposes it.</returns>
    /// <exception cref="PostgresStoreException">The server cannot be reached or refuses the connection.</exception>
    public async Task<NpgsqlConnection> OpenReadOnlyAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            var migrated = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await migrated.DisposeAsync().ConfigureAwait(false);
        }

        try
        {
            return await _readOnly.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException)
        {
            throw Unavailable(exception);
        }
    }

    private PostgresStoreException Unavailable(Exception exception)
    {
        var reason = exception switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } pg =>
                $"the server refused the user name or password ({pg.SqlState})",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } => "the database does not exist; create it first (CREATE DATABASE)",
            PostgresException pg => $"{pg.MessageText} ({pg.SqlState})",
            _ when exception.InnerException is SocketException socket => $"the server is unreachable ({socket.SocketErrorCode})",
            _ => exception.Message.ReplaceLineEndings(" "),
        };
        return new PostgresStoreException($"cannot open the PostgreSQL store at {Server} (GraphBuilder:Store:ConnectionString): {reason}", exception);
    }

    private async Task InitializeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await _initialization.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            // A session lock, not a transaction's: each migration commits on its own while the lock is held.
            await PgSql.ExecuteAsync(connection, null, "SELECT pg_advisory_lock(@key)", cancellationToken, ("key", PostgresMigrations.MigrationLock)).ConfigureAwait(false);
            try
            {
                await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await PgSql.ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(@key)", CancellationToken.None, ("key", PostgresMigrations.MigrationLock)).ConfigureAwait(false);
            }

            _initialized = true;
        }
        finally
        {
            _initialization.Release();
        }
    }

    private async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await PgSql.ExecuteAsync(
            connection,
            null,
            "CREATE TABLE IF NOT EXISTS graphbuilder_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
            cancellationToken).ConfigureAwait(false);
        var applied = await PgSql.ReadAllAsync(connection, null, "SELECT COALESCE(MAX(version), 0) FROM graphbuilder_schema", r => r.GetInt32(0), cancellationToken).ConfigureAwait(false);
        var version = applied[0];
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL store {Server} has schema version {version}, newer than this GraphBuilder understands ({SchemaVersion}).");
        }

        foreach (var (number, sql) in PostgresMigrations.All.Where(m => m.Version > version))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await PgSql.ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
                await PgSql.ExecuteAsync(connection, transaction, "INSERT INTO graphbuilder_schema (version) VALUES (@v)", cancellationToken, ("v", number)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            Log.Migrated(_logger, Server, number);
        }
    }
}
