using GraphBuilder.Testing.Files;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Sqlite.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Open_ExistingFileThatIsNotSqlite_FailsNamingTheFile()
    {
        var path = _directory.Write("notes.db", new string('x', 4096));
        using var store = Open(path);

        var exception = await Should.ThrowAsync<InvalidDataException>(() => store.Reader.ReadGraphAsync());

        exception.Message.ShouldContain(path);
    }

    [Fact]
    public async Task Open_NewFile_UsesWalAndLatestSchema()
    {
        using (var store = Open(_directory.File("graph.db")))
        {
            await store.Reader.ReadStatisticsAsync(1);
        }

        File.Exists(_directory.File("graph.db")).ShouldBeTrue();
        SqliteStore.SchemaVersion.ShouldBeGreaterThanOrEqualTo(1);
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + _directory.File("graph.db") + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        (await command.ExecuteScalarAsync())!.ToString().ShouldBe("wal");
    }

    [Fact]
    public async Task Dispose_Store_ReleasesTheFileWhileOtherStoresStayOpen()
    {
        using var other = Open(_directory.File("other.db"));
        await other.Reader.ReadStatisticsAsync(0);
        var store = Open(_directory.File("graph.db"));
        await store.Reader.ReadStatisticsAsync(0);

        store.Dispose();

        File.Move(_directory.File("graph.db"), _directory.File("moved.db"));
        (await other.Reader.ReadStatisticsAsync(0)).Articles.ShouldBe(0);
    }

    [Fact]
    public async Task Open_StoreOfSchema2_KeepsEveryArticleAndMentionAndResolvesByTheNewRules()
    {
        // graph.db as GraphBuilder 1 wrote it from tests/samples/articles: 5 articles, 13 entities, 61 mentions.
        var path = _directory.File("schema2.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schema2.db"), path);
        using var store = Open(path);

        var graph = await store.Reader.ReadGraphAsync();

        graph.Articles.Count.ShouldBe(5);
        graph.Mentions.Sum(m => m.Count).ShouldBe(61);
        graph.Entities.Sum(e => e.MentionCount).ShouldBe(61);
        graph.Entities.Select(e => e.Id.Value).ShouldContain("person:maria-alvarez");
        graph.Entities.Select(e => e.Id.Value).ShouldContain("organization:national-energy-agency");
        graph.Relations.ShouldNotBeEmpty();
        (await store.Reader.ReadDecisionsAsync(new("organization:national-energy-agency"))).ShouldContain(d => d.Decision.Rule == "coreference");
        (await store.Writer.ResolveAllAsync(DateTimeOffset.UnixEpoch, enqueue: false)).Merges.ShouldBe(0);
        (await store.Reader.ReadGraphAsync()).Entities.Select(e => e.Id).ShouldBe(graph.Entities.Select(e => e.Id));
    }

    private static SqliteStore Open(string path) =>
        new(Options.Create(new SqliteStoreOptions { Path = path }), NullLogger<SqliteStore>.Instance);
}
