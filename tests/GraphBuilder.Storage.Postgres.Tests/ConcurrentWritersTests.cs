using System.Globalization;
using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Testing.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Postgres.Tests;

/// <summary>
/// Several workers committing at once to one database (each its own store and connections, as separate processes
/// would) give the graph that one worker gives: resolution decides under the locks of the blocks it touches.
/// </summary>
public sealed class ConcurrentWritersTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CommitArticleAsync_FourWritersAtOnce_GiveTheGraphOfOneWriter()
    {
        var articles = Enumerable.Range(0, 80).Select(SampleArticles.Article).ToList();

        var alone = await GraphAfterAsync(articles, writers: 1);
        var together = await GraphAfterAsync(articles, writers: 4);

        together.ShouldBe(alone);
        alone.ShouldContain(line => line.StartsWith("person:angela-merkel Angela Merkel [Merkel]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommitArticleAsync_SameArticleByTwoWritersAtOnce_IsWrittenOnce()
    {
        using var database = PostgresTestDatabase.Create();
        await using var first = Open(database);
        await using var second = Open(database);
        var article = SampleArticles.Article(3);

        var commits = await Task.WhenAll(
            first.Writer.CommitArticleAsync(article, Entry(article)),
            second.Writer.CommitArticleAsync(article, Entry(article)));

        commits.Select(c => c.Outcome).Order().ShouldBe([CommitOutcome.Created, CommitOutcome.Unchanged]);
        (await first.Reader.ReadGraphAsync()).Articles.ShouldHaveSingleItem();
        (await first.Ledger.ListLedgerAsync()).ShouldHaveSingleItem();
    }

    private static async Task<List<string>> GraphAfterAsync(IReadOnlyList<ArticleDraft> articles, int writers)
    {
        using var database = PostgresTestDatabase.Create();
        var stores = Enumerable.Range(0, writers).Select(_ => Open(database)).ToList();
        try
        {
            // Writer w takes articles w, w + writers, …: each commits its share in order, all at the same time.
            await Task.WhenAll(stores.Select((store, w) => Task.Run(async () =>
            {
                foreach (var article in articles.Where((_, i) => i % writers == w))
                {
                    await store.Writer.CommitArticleAsync(article, Entry(article));
                }
            })));
            return Describe(await stores[0].Reader.ReadGraphAsync());
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    private static PostgresStore Open(PostgresTestDatabase database) =>
        new(Options.Create(new PostgresStoreOptions { ConnectionString = database.ConnectionString, MaxCommitAttempts = 200 }), NullLogger<PostgresStore>.Instance);

    private static List<string> Describe(GraphSnapshot graph) =>
    [
        .. graph.Entities.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Id} {e.Name} [{string.Join(", ", e.Aliases)}] {e.Type} {e.MentionCount}")),
        .. graph.Relations.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Source} {r.Type} {r.Target} {r.Count} {r.Confidence:F6}")),
        .. graph.CoMentions.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Source} ~ {c.Target} {c.Count}")),
    ];

    private static LedgerEntry Entry(ArticleDraft article) =>
        new(article.Article.Id + ".txt", "test", ArticleStatus.Ingested, T0, T0) { ArticleId = article.Article.Id, ContentHash = article.Article.ContentHash, PipelineVersion = "v1" };
}
