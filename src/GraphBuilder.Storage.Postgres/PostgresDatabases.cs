using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Creates and drops whole databases on the server a connection string names, for runs that want a fresh store of
/// their own (the ingest benchmark). The user must be allowed to create databases.
/// </summary>
public static class PostgresDatabases
{
    /// <summary>Creates an empty database beside the one a connection string names.</summary>
    /// <param name="connectionString">A connection string to the server.</param>
    /// <param name="name">The new database's name: lower-case letters, digits and underscores.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The connection string of the new database.</returns>
    /// <exception cref="ArgumentException">The name is not a plain identifier.</exception>
    public static async Task<string> CreateAsync(string connectionString, string name, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync(connectionString, $"CREATE DATABASE {Identifier(name)}", cancellationToken).ConfigureAwait(false);
        return new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database, closing the connections still open to it.</summary>
    /// <param name="connectionString">A connection string to the server.</param>
    /// <param name="name">The database's name.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>A task that completes when the database is gone.</returns>
    public static async Task DropAsync(string connectionString, string name, CancellationToken cancellationToken = default)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(connectionString, $"DROP DATABASE IF EXISTS {Identifier(name)} WITH (FORCE)", cancellationToken).ConfigureAwait(false);
    }

    private static string Identifier(string name) =>
        name.Length is > 0 and <= 63 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')
            ? name
            : throw new ArgumentException($"'{name}' is not a plain database name (a-z, 0-9, _).", nameof(name));

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        // CREATE and DROP DATABASE run outside a transaction, from the database the connection string names.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await PgSql.ExecuteAsync(connection, null, sql, cancellationToken).ConfigureAwait(false);
        }
    }
}
