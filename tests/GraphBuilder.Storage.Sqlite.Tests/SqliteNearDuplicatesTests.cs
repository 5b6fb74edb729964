using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Similarity;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Testing.Files;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Sqlite.Tests;

public sealed class SqliteNearDuplicatesTests : IDisposable
{
    private const string Story = "Oliver Stone interviewed Vladimir Putin for a documentary series that aired on Showtime in June, the network said on Monday.";
    private const string Other = "The harbour authority raised ferry fares again, blaming the price of fuel and new safety rules for the rise.";
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _directory = new();
    private readonly SqliteStore _store;

    public SqliteNearDuplicatesTests() =>
        _store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = _directory.File("graph.db") }), NullLogger<SqliteStore>.Instance);

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task FindNearDuplicateAsync_SinceAMarkTakenAfterTheOriginal_LooksOnlyAtLaterArticles()
    {
        await CommitAsync("article:a", "a", Story);
        var mark = await _store.NearDuplicates.MarkAsync();
        await CommitAsync("article:b", "b", Other);

        var since = await _store.NearDuplicates.FindNearDuplicateAsync(MinHash.Compute("MOSCOW (Wire) - " + Story), 0.7, "article:copy", mark);
        var whole = await _store.NearDuplicates.FindNearDuplicateAsync(MinHash.Compute("MOSCOW (Wire) - " + Story), 0.7, "article:copy");

        mark.ShouldNotBeNull();
        since.ShouldBeNull();
        whole.ShouldNotBeNull().ArticleId.ShouldBe("article:a");
    }

    [Fact]
    public async Task FindNearDuplicateAsync_LatestArticleReplacedAfterTheMark_FindsItsNewVersion()
    {
        // The replaced version held the largest key: a reused key would hide the new version from the mark.
        await CommitAsync("article:a", "a", Other);
        await CommitAsync("article:b", "b", "Quarterly results beat forecasts as the retailer sold more online than in its stores, its chief said.");
        var mark = await _store.NearDuplicates.MarkAsync();
        await CommitAsync("article:b", "b2", Story);

        var copy = await _store.NearDuplicates.FindNearDuplicateAsync(MinHash.Compute("MOSCOW (Wire) - " + Story), 0.7, "article:copy", mark);

        copy.ShouldNotBeNull().ArticleId.ShouldBe("article:b");
    }

    private async Task CommitAsync(string id, string hash, string text)
    {
        var draft = new ArticleDraft(new Article(id, "https://news.example/" + id, id, "Test", T0, hash, T0), [], [], [], "v1") { Signature = MinHash.Compute(text) };
        await _store.Writer.CommitArticleAsync(draft, new LedgerEntry(id + ".txt", "test", ArticleStatus.Ingested, T0, T0) { ArticleId = id, ContentHash = hash, PipelineVersion = "v1" });
    }
}
