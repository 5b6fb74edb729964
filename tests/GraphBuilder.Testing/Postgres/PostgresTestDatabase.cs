using System.Globalization;
using Npgsql;

namespace GraphBuilder.Testing.Postgres;

/// <summary>
/// A fresh PostgreSQL database for one test, created on the server <c>GRAPHBUILDER_POSTGRES</c> names (a connection
/// string to a server where the user may create databases) and dropped on dispose. Without the variable the test is
/// skipped with how to start a server, and fails under CI, where the PostgreSQL tests must run.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    /// <summary>The environment variable holding the server's connection string.</summary>
    public const string Variable = "GRAPHBUILDER_POSTGRES";

    private readonly string _server;

    private PostgresTestDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Gets the database's name.</summary>
    public string Name { get; }

    /// <summary>Gets the connection string of the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>Gets the server's connection string, or skips (fails under CI) the test when none is configured.</summary>
    /// <returns>The connection string.</returns>
    public static string Server()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        const string How = "start one with 'bash .ci/postgres start' and 'source /tmp/gb-postgres-55432/env' (it sets " + Variable + ")";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            throw new InvalidOperationException($"{Variable} is not set, and CI must run the PostgreSQL store's tests: {How}.");
        }

        Xunit.Assert.Skip($"PostgreSQL tests skipped: {Variable} is not set; {How}.");
        return string.Empty;
    }

    /// <summary>Creates a database with a random name.</summary>
    /// <returns>The database; dispose it to drop it.</returns>
    public static PostgresTestDatabase Create()
    {
        var server = Server();
        var name = string.Create(CultureInfo.InvariantCulture, $"gb_test_{Guid.NewGuid():N}");
        Execute(server, $"CREATE DATABASE {name}");
        return new PostgresTestDatabase(server, name);
    }

    /// <summary>Drops the database, closing the connections still open to it.</summary>
    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute(_server, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
