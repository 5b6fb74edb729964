using System.Text.Json;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Queries;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Storage.Sqlite;
using GraphBuilder.Testing.Files;
using GraphBuilder.Testing.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Storage.Postgres.Tests;

/// <summary>The explorer's queries answer the same on both stores holding the same articles.</summary>
public sealed class ExplorerQueriesParityTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Queries_SameArticles_AnswerAsTheEmbeddedStore()
    {
        using var database = PostgresTestDatabase.Create();
        await using var postgres = Provider(services => services.AddPostgresStore(o => o.ConnectionString = database.ConnectionString));
        await using var sqlite = Provider(services => services.AddSqliteStore(o => o.Path = _directory.File("graph.db")));

        var expected = await AnswersAsync(sqlite);
        var actual = await AnswersAsync(postgres);

        actual.Count.ShouldBeGreaterThan(40);
        actual.ShouldBe(expected);
    }

    private static ServiceProvider Provider(Action<IServiceCollection> store)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        store(services);
        return services.BuildServiceProvider();
    }

    private static async Task<List<string>> AnswersAsync(ServiceProvider provider)
    {
        var writer = provider.GetRequiredService<IGraphWriter>();
        foreach (var article in Enumerable.Range(0, 30).Select(SampleArticles.Article))
        {
            await writer.CommitArticleAsync(article, new LedgerEntry(article.Article.Id, "test", ArticleStatus.Ingested, T0, T0) { ArticleId = article.Article.Id });
        }

        var queries = provider.GetRequiredService<IGraphQueries>();
        var graph = await provider.GetRequiredService<IGraphReader>().ReadGraphAsync();
        var answers = new List<string>();
        foreach (var text in (string[])["a", "Clin", "merkel", "ECB", "Northwnd", "person:merkel", "Sandres"])
        {
            answers.Add(JsonSerializer.Serialize(await queries.SearchAsync(new EntitySearch(text, null, new PageRequest(0, 20)))));
        }

        answers.Add(JsonSerializer.Serialize(await queries.SearchAsync(new EntitySearch("a", EntityKind.Organization, new PageRequest(1, 2)))));
        foreach (var entity in graph.Entities)
        {
            answers.Add(JsonSerializer.Serialize(await queries.ReadEntityAsync(entity.Id, new PageRequest(0, 20))));
            answers.Add(JsonSerializer.Serialize(await queries.ReadNeighbourhoodAsync(entity.Id, new NeighbourhoodRequest(2, null, 0, null, null, 150))));
        }

        answers.Add(JsonSerializer.Serialize(await queries.ReadEntityAsync(new EntityId("person:merkel"), new PageRequest(0, 20))));
        foreach (var article in graph.Articles)
        {
            answers.Add(JsonSerializer.Serialize(await queries.ReadArticleAsync(article.Id)));
        }

        return answers;
    }
}
