using GraphBuilder.Testing.Files;

namespace GraphBuilder.Explorer.Tests;

/// <summary>The store of <see cref="WrittenArticles"/>, written once for a test class.</summary>
public sealed class StoreFixture : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    public string Path => _directory.File("explorer.db");

    public async ValueTask InitializeAsync() => await WrittenArticles.WriteAsync(Path);

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
