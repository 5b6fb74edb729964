using System.Data;
using GraphBuilder.Testing.Files;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Sqlite.Tests;

public sealed class SqliteLeaseTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task LeaseAsync_AfterTheLastLeaseIsDisposed_GivesTheSameOpenConnection()
    {
        using var database = Open();
        SqliteConnection first;
        await using (var lease = await database.LeaseAsync(CancellationToken.None))
        {
            first = lease.Connection;
        }

        await using var again = await database.LeaseAsync(CancellationToken.None);

        again.Connection.ShouldBeSameAs(first);
        again.Connection.State.ShouldBe(ConnectionState.Open);
    }

    [Fact]
    public async Task LeaseAsync_WhileAnotherLeaseIsHeld_GivesAnotherConnection()
    {
        using var database = Open();
        await using var held = await database.LeaseAsync(CancellationToken.None);

        await using var other = await database.LeaseAsync(CancellationToken.None);

        other.Connection.ShouldNotBeSameAs(held.Connection);
    }

    [Fact]
    public async Task Dispose_Database_ClosesTheConnectionsItKept()
    {
        var database = Open();
        SqliteConnection kept;
        await using (var lease = await database.LeaseAsync(CancellationToken.None))
        {
            kept = lease.Connection;
        }

        database.Dispose();

        kept.State.ShouldBe(ConnectionState.Closed);
    }

    [Fact]
    public async Task Rent_KeptConnection_ReusesThePreparedCommandForTheSameText()
    {
        using var database = Open();
        await using var lease = await database.LeaseAsync(CancellationToken.None);
        var first = SqliteSql.Rent(lease.Connection, null, "SELECT $x", [("$x", 1)]);
        SqliteSql.Return(lease.Connection, first);

        var second = SqliteSql.Rent(lease.Connection, null, "SELECT $x", [("$x", 2)]);
        SqliteSql.Return(lease.Connection, second);

        second.ShouldBeSameAs(first);
    }

    [Fact]
    public async Task Rent_ConnectionThatKeepsNothing_GivesANewCommandEachTime()
    {
        using var database = Open();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var first = SqliteSql.Rent(connection, null, "SELECT $x", [("$x", 1)]);
        SqliteSql.Return(connection, first);

        var second = SqliteSql.Rent(connection, null, "SELECT $x", [("$x", 2)]);
        SqliteSql.Return(connection, second);

        second.ShouldNotBeSameAs(first);
    }

    [Fact]
    public async Task ReadAllAsync_KeptStatementRunAgain_BindsTheNewParametersAndTransaction()
    {
        using var database = Open();
        await using var lease = await database.LeaseAsync(CancellationToken.None);
        var connection = lease.Connection;
        await SqliteSql.ExecuteAsync(connection, null, "CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)", CancellationToken.None);
        await SqliteSql.ExecuteAsync(connection, null, "INSERT INTO t VALUES (1, 'one'), (2, 'two')", CancellationToken.None);
        const string Query = "SELECT v FROM t WHERE k = $k";

        var outside = await SqliteSql.ReadAllAsync(connection, null, Query, r => r.GetString(0), CancellationToken.None, ("$k", 1));
        List<string> inside;
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            await SqliteSql.ExecuteAsync(connection, transaction, "INSERT INTO t VALUES (3, 'three')", CancellationToken.None);
            inside = await SqliteSql.ReadAllAsync(connection, transaction, Query, r => r.GetString(0), CancellationToken.None, ("$k", 3));
        }

        var afterRollback = await SqliteSql.ReadAllAsync(connection, null, Query, r => r.GetString(0), CancellationToken.None, ("$k", 3));
        var again = await SqliteSql.ReadAllAsync(connection, null, Query, r => r.GetString(0), CancellationToken.None, ("$k", 2));

        outside.ShouldBe(["one"]);
        inside.ShouldBe(["three"]);
        afterRollback.ShouldBeEmpty();
        again.ShouldBe(["two"]);
    }

    private SqliteDatabase Open() =>
        new(Options.Create(new SqliteStoreOptions { Path = _directory.File("graph.db") }), NullLogger.Instance);
}
