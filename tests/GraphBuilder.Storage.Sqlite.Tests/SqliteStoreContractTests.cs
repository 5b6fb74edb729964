using GraphBuilder.Testing.Files;
using GraphBuilder.Testing.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Sqlite.Tests;

/// <summary>The store contract, on the embedded SQLite store.</summary>
public sealed class SqliteStoreContractTests : GraphStoreContractTests
{
    private readonly TempDirectory _directory = new();

    protected override StoreRoles OpenEmpty()
    {
        var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = _directory.File($"graph-{Guid.NewGuid():N}.db") }), NullLogger<SqliteStore>.Instance);
        return new StoreRoles(store.Ledger, store.Writer, store.Reader, store.Catalog, store.Outbox, store.SourceRuns, store.NearDuplicates, store.Workers, store);
    }

    protected override void Dispose(bool disposing)
    {
        _directory.Dispose();
        base.Dispose(disposing);
    }
}
