using GraphBuilder.Testing.Postgres;
using GraphBuilder.Testing.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Postgres.Tests;

/// <summary>The store contract, on the PostgreSQL store: each test in a database of its own.</summary>
public sealed class PostgresStoreContractTests : GraphStoreContractTests
{
    protected override StoreRoles OpenEmpty()
    {
        var database = PostgresTestDatabase.Create();
        var store = new PostgresStore(Options.Create(new PostgresStoreOptions { ConnectionString = database.ConnectionString }), NullLogger<PostgresStore>.Instance);
        return new StoreRoles(store.Ledger, store.Writer, store.Reader, store.Catalog, store.Outbox, store.SourceRuns, store.NearDuplicates, store.Workers, new StoreOwner(store, database));
    }
}
