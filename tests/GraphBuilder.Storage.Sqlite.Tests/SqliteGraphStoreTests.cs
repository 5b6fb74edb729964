using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Testing.Files;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly EntityId Putin = new("person:vladimir-putin");
    private static readonly EntityId Stone = new("person:oliver-stone");
    private static readonly EntityId Showtime = new("organization:showtime");

    private readonly TempDirectory _directory = new();
    private readonly SqliteGraphStore _store;

    public SqliteGraphStoreTests()
    {
        _store = Open(_directory.File("graph.db"));
    }

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task CommitArticleAsync_NewArticle_IsCreatedAndReadBack()
    {
        var commit = await _store.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));

        commit.Outcome.ShouldBe(CommitOutcome.Created);
        var graph = await _store.ReadGraphAsync();
        graph.Articles.ShouldHaveSingleItem().Id.ShouldBe("article:a");
        graph.Entities.Select(e => e.Id).ShouldBe([Stone, Putin]);
        graph.Entities.Single(e => e.Id == Putin).MentionCount.ShouldBe(2);
        graph.Entities.Single(e => e.Id == Putin).Aliases.ShouldBe(["Putin"]);
        graph.Relations.ShouldHaveSingleItem().Type.ShouldBe(RelationKind.Interviewed);
        graph.Mentions.Count.ShouldBe(2);
        graph.CoMentions.ShouldHaveSingleItem().Count.ShouldBe(1);
    }

    [Fact]
    public async Task CommitArticleAsync_SameArticleTwice_ChangesNothing()
    {
        await _store.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));
        var before = await _store.ReadGraphAsync();

        var commit = await _store.CommitArticleAsync(ArticleA(ingestedAt: T0.AddHours(1)), Entry("a.txt", "article:a"));

        commit.Outcome.ShouldBe(CommitOutcome.Unchanged);
        var after = await _store.ReadGraphAsync();
        after.Articles.ShouldBe(before.Articles);
        after.Entities.Select(e => (e.Id, e.MentionCount, e.FirstSeen)).ShouldBe(before.Entities.Select(e => (e.Id, e.MentionCount, e.FirstSeen)));
        after.Relations.Select(r => r.Count).ShouldBe(before.Relations.Select(r => r.Count));
    }

    [Fact]
    public async Task CommitArticleAsync_EditedArticle_ReplacesOnlyItsOwnFacts()
    {
        await _store.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));
        await _store.CommitArticleAsync(ArticleB(), Entry("b.txt", "article:b"));

        var edited = ArticleA(hash: "edited") with { Relations = [], Entities = [Entity(Putin, EntityKind.Person, "Vladimir Putin", 0)], CoMentions = [] };
        var commit = await _store.CommitArticleAsync(edited, Entry("a.txt", "article:a"));

        commit.Outcome.ShouldBe(CommitOutcome.Replaced);
        commit.Changes.Entities.ShouldContain(Stone);
        var graph = await _store.ReadGraphAsync();
        graph.Entities.Select(e => e.Id).ShouldBe([Showtime, Putin, new EntityId("work:the-putin-interviews")]);
        graph.Entities.Single(e => e.Id == Putin).MentionCount.ShouldBe(2);
        graph.Relations.ShouldHaveSingleItem().Type.ShouldBe(RelationKind.AiredOn);
    }

    [Fact]
    public async Task ReadGraphAsync_RelationInTwoArticles_AggregatesEvidence()
    {
        await _store.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));
        var second = ArticleA(id: "article:c", hash: "c", published: T0.AddDays(2));
        await _store.CommitArticleAsync(second, Entry("c.txt", "article:c"));

        var relation = (await _store.ReadGraphAsync()).Relations.ShouldHaveSingleItem();

        relation.Count.ShouldBe(2);
        relation.Articles.ShouldBe(["article:a", "article:c"]);
        relation.Confidence.ShouldBe(1 - (0.2 * 0.2), 1e-9);
        relation.FirstSeen.ShouldBe(T0);
        relation.LastSeen.ShouldBe(T0.AddDays(2));
    }

    [Fact]
    public async Task FindAsync_AliasKey_FindsTheEntity()
    {
        await _store.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));

        var found = await _store.FindAsync(["n:putin"]);

        found.ShouldHaveSingleItem().Id.ShouldBe(Putin);
    }

    [Fact]
    public async Task RecordAsync_SameLocationTwice_KeepsFirstSeen()
    {
        await _store.RecordAsync(new LedgerEntry("bad.bin", "cli", ArticleStatus.Failed, T0, T0) { Reason = "binary" });
        await _store.RecordAsync(new LedgerEntry("bad.bin", "cli", ArticleStatus.Failed, T0.AddDays(1), T0.AddDays(1)) { Reason = "still binary" });

        var entry = await _store.FindLedgerEntryAsync("bad.bin");

        entry.ShouldNotBeNull();
        entry.FirstSeenAt.ShouldBe(T0);
        entry.UpdatedAt.ShouldBe(T0.AddDays(1));
        entry.Reason.ShouldBe("still binary");
        (await _store.ListLedgerAsync(ArticleStatus.Failed)).Count.ShouldBe(1);
        (await _store.ListLedgerAsync(ArticleStatus.Ingested)).ShouldBeEmpty();
    }

    [Fact]
    public async Task CompletePendingAsync_LastPendingChange_MarksArticleIngested()
    {
        await _store.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a", ArticleStatus.Pending));
        var pending = (await _store.ListPendingAsync(10)).ShouldHaveSingleItem();
        pending.Changes.Entities.ShouldBe([Stone, Putin]);

        await _store.CompletePendingAsync(pending, T0.AddMinutes(1));

        (await _store.ListPendingAsync(10)).ShouldBeEmpty();
        (await _store.FindLedgerEntryAsync("a.txt"))!.Status.ShouldBe(ArticleStatus.Ingested);
    }

    [Fact]
    public async Task ReadChangeAsync_EntityNoLongerMentioned_ListsItAsDeleted()
    {
        await _store.CommitArticleAsync(ArticleA(), Entry("a.txt", "article:a"));
        var edited = ArticleA(hash: "edited") with { Relations = [], Entities = [Entity(Putin, EntityKind.Person, "Vladimir Putin", 0)], CoMentions = [] };
        var commit = await _store.CommitArticleAsync(edited, Entry("a.txt", "article:a"));

        var change = await _store.ReadChangeAsync(commit.Changes);

        change.DeletedEntities.ShouldBe([Stone]);
        change.DeletedRelations.ShouldHaveSingleItem().Type.ShouldBe(RelationKind.Interviewed);
        change.Upserts.Entities.ShouldHaveSingleItem().Id.ShouldBe(Putin);
    }

    [Fact]
    public async Task Open_ExistingFileThatIsNotSqlite_FailsNamingTheFile()
    {
        var path = _directory.Write("notes.db", new string('x', 4096));
        using var store = Open(path);

        var exception = await Should.ThrowAsync<InvalidDataException>(() => store.ReadGraphAsync());

        exception.Message.ShouldContain(path);
    }

    [Fact]
    public async Task Open_NewFile_UsesWalAndLatestSchema()
    {
        await _store.ReadStatisticsAsync(1);

        File.Exists(_directory.File("graph.db")).ShouldBeTrue();
        SqliteGraphStore.SchemaVersion.ShouldBeGreaterThanOrEqualTo(1);
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + _directory.File("graph.db"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        (await command.ExecuteScalarAsync())!.ToString().ShouldBe("wal");
    }

    private static SqliteGraphStore Open(string path) =>
        new(Options.Create(new SqliteStoreOptions { Path = path }), NullLogger<SqliteGraphStore>.Instance);

    private static LedgerEntry Entry(string location, string articleId, ArticleStatus status = ArticleStatus.Ingested) =>
        new(location, "test", status, T0, T0) { ArticleId = articleId, ContentHash = "h", PipelineVersion = "v1" };

    private static ArticleEntity Entity(EntityId id, EntityKind kind, string name, int start, params string[] aliases) =>
        new(id, kind, name, aliases, [new MentionSpan(start, start + name.Length, 0, name)]);

    private static ArticleGraph ArticleA(string id = "article:a", string hash = "a", DateTimeOffset? published = null, DateTimeOffset? ingestedAt = null)
    {
        var article = new Article(id, "https://news.example/" + id, "A", "Test", published ?? T0, hash, ingestedAt ?? T0);
        var putin = new ArticleEntity(Putin, EntityKind.Person, "Vladimir Putin", ["Putin"], [new MentionSpan(0, 14, 0, "Vladimir Putin"), new MentionSpan(40, 45, 1, "Putin")]);
        var stone = Entity(Stone, EntityKind.Person, "Oliver Stone", 20);
        var evidence = new Evidence(id, "Oliver Stone interviewed Vladimir Putin.", 0, 40, 0.8, "test/1");
        return new ArticleGraph(
            article,
            [stone, putin],
            [new ArticleRelation(Stone, Putin, RelationKind.Interviewed, [evidence])],
            [new CoMention(Stone, Putin, 1)],
            [new ResolutionDecision(Putin, "Putin", "coreference", "same person")],
            "v1");
    }

    private static ArticleGraph ArticleB()
    {
        var article = new Article("article:b", "https://news.example/b", "B", "Test", T0.AddDays(1), "b", T0);
        var putin = Entity(Putin, EntityKind.Person, "Vladimir Putin", 0);
        var showtime = Entity(Showtime, EntityKind.Organization, "Showtime", 30);
        var work = new EntityId("work:the-putin-interviews");
        var interviews = Entity(work, EntityKind.Work, "The Putin Interviews", 50);
        var evidence = new Evidence("article:b", "The Putin Interviews aired on Showtime.", 0, 39, 0.9, "test/1");
        return new ArticleGraph(article, [putin, showtime, interviews], [new ArticleRelation(work, Showtime, RelationKind.AiredOn, [evidence])], [], [], "v1");
    }
}
