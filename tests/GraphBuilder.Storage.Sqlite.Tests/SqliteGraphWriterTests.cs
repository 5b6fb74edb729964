using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Testing.Files;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Sqlite.Tests;

public sealed class SqliteGraphWriterTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task CommitArticlesAsync_ArticleEditedWithinTheBatch_LeavesTheCountsARebuildGives()
    {
        var path = _directory.File("graph.db");
        using var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = path }), NullLogger<SqliteStore>.Instance);
        var first = Article("article:1", "1", Person("Clinton", 0), Person("Bernie Sanders", 20));
        var other = Article("article:2", "2", Person("Sanders", 0), Person("Hillary Clinton", 20));
        var edited = Article("article:1", "1b", Person("Hillary Clinton", 0), Person("Bernie Sanders", 30));

        await store.Writer.CommitArticlesAsync([Write(first), Write(other), Write(edited)]);
        var counted = await GroupTablesAsync(path);
        await store.Writer.ResolveAllAsync(T0, enqueue: false);

        counted.ShouldContain("group_forms bernie sanders Bernie Sanders 1");
        counted.ShouldNotContain(row => row.StartsWith("name_groups clinton ", StringComparison.Ordinal));
        counted.ShouldBe(await GroupTablesAsync(path));
    }

    private static ArticleWrite Write(ArticleDraft draft) =>
        new(draft, new LedgerEntry(draft.Article.Id + ".txt", "test", ArticleStatus.Ingested, T0, T0) { ArticleId = draft.Article.Id, ContentHash = "h", PipelineVersion = "v1" });

    private static DraftEntity Person(string name, int start) =>
        new(EntityKind.Person, name, [], [new MentionSpan(start, start + name.Length, 0, name)], []);

    private static ArticleDraft Article(string id, string hash, params DraftEntity[] entities) =>
        new(new Article(id, "https://news.example/" + id, id, "Test", T0, hash, T0), entities, [], [], "v1");

    /// <summary>Every row of the name groups' count tables, as text, in order.</summary>
    private static async Task<List<string>> GroupTablesAsync(string path)
    {
        var rows = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        foreach (var select in (string[])[
            "SELECT 'name_groups', anchor, drafts, kinds FROM name_groups WHERE drafts > 0",
            "SELECT 'group_forms', anchor, form, count FROM group_forms",
            "SELECT 'group_neighbours', anchor, neighbour, count FROM group_neighbours",
            "SELECT 'group_sources', anchor, source, count FROM group_sources",
            "SELECT 'group_acronyms', anchor, acronym, count FROM group_acronyms"])
        {
            await using var command = connection.CreateCommand();
            command.CommandText = select;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add($"{reader.GetString(0)} {reader.GetString(1)} {reader.GetValue(2)} {reader.GetValue(3)}");
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
