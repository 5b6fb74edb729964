using GraphBuilder.Testing.Postgres;

namespace GraphBuilder.Storage.Postgres.Tests;

/// <summary>Closes a store, then drops its database.</summary>
internal sealed class StoreOwner(PostgresStore store, PostgresTestDatabase database) : IDisposable
{
    public void Dispose()
    {
        store.Dispose();
        database.Dispose();
    }
}
