using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GraphBuilder.Storage.Postgres.Tests;

public sealed class PostgresDatabaseTests
{
    [Fact]
    public void Constructor_ConnectionStringWithoutAutoPrepare_PreparesTheStoresStatements()
    {
        using var database = Create("Host=127.0.0.1;Port=5432;Username=graphbuilder;Database=graph");

        new NpgsqlConnectionStringBuilder(database.ConnectionString).MaxAutoPrepare.ShouldBe(128);
    }

    [Fact]
    public void Constructor_ConnectionStringWithItsOwnAutoPrepare_KeepsIt()
    {
        using var database = Create("Host=127.0.0.1;Port=5432;Username=graphbuilder;Database=graph;Max Auto Prepare=7");

        new NpgsqlConnectionStringBuilder(database.ConnectionString).MaxAutoPrepare.ShouldBe(7);
    }

    private static PostgresDatabase Create(string connectionString) =>
        new(Options.Create(new PostgresStoreOptions { ConnectionString = connectionString }), NullLogger.Instance);
}
