using GraphBuilder.Bolt;
using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Testing.Bolt;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Neo4j.Tests;

public sealed class Neo4jGraphSinkTests
{
    private static readonly DateTimeOffset Seen = new(2017, 6, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly EntityId Putin = new("person:vladimir-putin");
    private static readonly EntityId Stone = new("person:oliver-stone");

    private static readonly GraphChange Change = new(
        new GraphSnapshot(
            [new Article("article:u-1", "https://news.example/a", "A", "TASS", Seen, "abc", Seen)],
            [
                new EntityNode(Stone, "Oliver Stone", EntityKind.Person, ["Stone"], 2, Seen, Seen),
                new EntityNode(Putin, "Vladimir Putin", EntityKind.Person, ["Putin"], 4, Seen, Seen),
            ],
            [new MentionEdge("article:u-1", Putin, 4, ["0-5"]), new MentionEdge("article:u-1", Stone, 2, ["9-14"])],
            [new RelationEdge(Stone, Putin, RelationKind.Interviewed, 0.9, 1, ["article:u-1"], [new Evidence("article:u-1", "Stone interviewed Putin.", 0, 24, 0.9, "patterns/1")], Seen, Seen)],
            [new CoMentionEdge(Stone, Putin, 1, ["article:u-1"])]),
        [new EntityId("person:nobody")],
        [],
        []);

    [Fact]
    public void For_Change_OrdersNodesThenRelationshipsThenDeletions()
    {
        var statements = Neo4jBatches.For(Change, 1000).Select(b => b.Statement).ToList();

        statements.ShouldBe([
            Neo4jStatements.MergeArticles,
            Neo4jStatements.MergeEntities(EntityKind.Person),
            Neo4jStatements.ReplaceMentions,
            Neo4jStatements.MergeMentions,
            Neo4jStatements.MergeRelations(RelationKind.Interviewed),
            Neo4jStatements.MergeCoMentions,
            Neo4jStatements.DeleteEntities,
        ]);
    }

    [Fact]
    public void MergeEntities_Kind_RemovesEveryOtherTypeLabel()
    {
        var statement = Neo4jStatements.MergeEntities(EntityKind.Organization);

        var removed = statement.Split('\n').Single(l => l.StartsWith("REMOVE e:", StringComparison.Ordinal))["REMOVE e:".Length..].Split(':');
        removed.ShouldBe(GraphVocabulary.EntityLabels.Where(l => l != "Organization"), ignoreOrder: true);
    }

    [Fact]
    public void For_MergeOfTwoEntities_MovesMentionsAndRelationsToTheSurvivorBeforeDeletingTheOldNodeInOneBatchList()
    {
        // What the store sends after "Merkel" joined "Angela Merkel": the survivor with the moved article's mentions
        // and relations, and the old id deleted.
        var merkel = new EntityId("person:angela-merkel");
        var change = new GraphChange(
            new GraphSnapshot(
                [new Article("article:u-2", "https://news.example/b", "B", "Wire", Seen, "def", Seen)],
                [new EntityNode(merkel, "Angela Merkel", EntityKind.Person, ["Merkel"], 3, Seen, Seen), new EntityNode(Putin, "Vladimir Putin", EntityKind.Person, [], 1, Seen, Seen)],
                [new MentionEdge("article:u-2", merkel, 2, ["0-6"])],
                [new RelationEdge(merkel, Putin, RelationKind.Met, 0.8, 1, ["article:u-2"], [new Evidence("article:u-2", "Merkel met Putin.", 0, 17, 0.8, "patterns/1")], Seen, Seen)],
                []),
            [new EntityId("person:merkel")],
            [],
            []);

        var batches = Neo4jBatches.For(change, 1000);

        var statements = batches.Select(b => b.Statement).ToList();
        statements.IndexOf(Neo4jStatements.ReplaceMentions).ShouldBeLessThan(statements.IndexOf(Neo4jStatements.DeleteEntities));
        statements.IndexOf(Neo4jStatements.MergeRelations(RelationKind.Met)).ShouldBeLessThan(statements.IndexOf(Neo4jStatements.DeleteEntities));
        batches.Single(b => b.Statement == Neo4jStatements.DeleteEntities).Rows.ShouldHaveSingleItem()["id"].ShouldBe("person:merkel");
        batches.Single(b => b.Statement == Neo4jStatements.ReplaceMentions).Rows.ShouldHaveSingleItem()["entities"].ShouldBe(new List<string> { "person:angela-merkel" });
    }

    [Fact]
    public void For_SmallBatchSize_SplitsRowsIntoBatches()
    {
        var batches = Neo4jBatches.For(Change, 1);

        batches.Count(b => b.Statement == Neo4jStatements.MergeEntities(EntityKind.Person)).ShouldBe(2);
        batches.ShouldAllBe(b => b.Rows.Count == 1);
    }

    [Fact]
    public void Statements_TakeLabelsAndTypesFromTheVocabularyOnly()
    {
        Neo4jStatements.MergeEntities(EntityKind.Organization).ShouldContain("SET e:Organization,");
        Neo4jStatements.MergeRelations(RelationKind.AiredOn).ShouldContain("[r:AIRED_ON]");
        Neo4jStatements.MergeArticles.ShouldContain("UNWIND $rows AS row");
    }

    [Fact]
    public async Task WriteAsync_Change_SendsParameterisedUnwindBatchesInOneTransaction()
    {
        var dialogue = new StubDialogue().Begin();
        foreach (var (statement, _) in Neo4jBatches.For(Change, 1000))
        {
            dialogue.Run(statement);
        }

        await using var server = BoltStubServer.Start(dialogue.Commit().End());
        await using (var sink = Sink(server.BoltUri))
        {
            await sink.WriteAsync(Change);
        }

        await server.WaitForCompletionAsync();
        server.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task WriteAsync_ArticleRows_CarryTheValuesAsParameters()
    {
        var article = new GraphChange(new GraphSnapshot([Change.Upserts.Articles[0]], [], [], [], []), [], [], []);
        var rows = """{"rows": [{"id": "article:u-1", "url": "https://news.example/a", "title": "A", "source": "TASS", "publishedAt": "*", "contentHash": "abc", "ingestedAt": "*"}]}""";
        var dialogue = new StubDialogue().Begin().Run(Neo4jStatements.MergeArticles, rows).Run(Neo4jStatements.ReplaceMentions, """{"rows": [{"article": "article:u-1", "entities": []}]}""").Commit();

        await using var server = BoltStubServer.Start(dialogue.End());
        await using (var sink = Sink(server.BoltUri))
        {
            await sink.WriteAsync(article);
        }

        await server.WaitForCompletionAsync();
        server.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task WriteAsync_TransientCommitFailure_IsRetriedAndCommittedOnce()
    {
        var article = new GraphChange(new GraphSnapshot([Change.Upserts.Articles[0]], [], [], [], []), [], [], []);
        var dialogue = new StubDialogue()
            .Begin().Run(Neo4jStatements.MergeArticles).Run(Neo4jStatements.ReplaceMentions).Commit("Neo.TransientError.Transaction.DeadlockDetected")
            .Begin().Run(Neo4jStatements.MergeArticles).Run(Neo4jStatements.ReplaceMentions).Commit();

        await using var server = BoltStubServer.Start(dialogue.End());
        await using (var sink = Sink(server.BoltUri))
        {
            await sink.WriteAsync(article);
        }

        await server.WaitForCompletionAsync();
        server.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task InitializeAsync_Schema_RunsEachStatementInItsOwnTransaction()
    {
        var dialogue = new StubDialogue();
        foreach (var statement in GraphSchema.Statements)
        {
            dialogue.Begin().Run(statement, "{}").Commit();
        }

        await using var server = BoltStubServer.Start(dialogue.End());
        await using (var sink = Sink(server.BoltUri))
        {
            await sink.InitializeAsync();
        }

        await server.WaitForCompletionAsync();
        server.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void AddNeo4jSink_UserWithoutPassword_FailsNamingTheSettingNotTheValue()
    {
        var options = Configured(("GraphBuilder:Neo4j:Uri", "bolt://localhost:7687"), ("GraphBuilder:Neo4j:User", "neo4j"));

        var exception = Should.Throw<OptionsValidationException>(() => options.Value);

        exception.Message.ShouldContain("GraphBuilder:Neo4j:Password is required");
    }

    [Fact]
    public void AddNeo4jSink_HttpUri_IsRejected()
    {
        var options = Configured(("GraphBuilder:Neo4j:Uri", "http://localhost:7474"), ("GraphBuilder:Neo4j:Password", "x"));

        Should.Throw<OptionsValidationException>(() => options.Value).Message.ShouldContain("bolt[+s|+ssc]://host[:port]");
    }

    [Fact]
    public void AddNeo4jSink_CredentialsInTheUri_AreRejectedWithoutRepeatingThem()
    {
        var options = Configured(("GraphBuilder:Neo4j:Uri", "bolt://neo4j:hunter22@localhost:7687"));

        var message = Should.Throw<OptionsValidationException>(() => options.Value).Message;

        message.ShouldContain("GraphBuilder:Neo4j:Uri must not carry a user or password");
        message.ShouldContain("GraphBuilder__Neo4j__Password");
        message.ShouldNotContain("hunter22");
    }

    [Fact]
    public void AddNeo4jSink_EmptyPort_IsRejected()
    {
        var options = Configured(("GraphBuilder:Neo4j:Uri", "bolt+ssc://localhost:"), ("GraphBuilder:Neo4j:Password", "x"));

        Should.Throw<OptionsValidationException>(() => options.Value).Message.ShouldContain("empty port");
    }

    [Fact]
    public void AddNeo4jSink_NoUri_RegistersNoSinkAndNoDriver()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();

        services.AddNeo4jSink(configuration);

        services.ShouldNotContain(d => d.ServiceType == typeof(IGraphSink) || d.ServiceType == typeof(BoltDriver));
    }

    private static SinkUnderTest Sink(string uri) => new(uri, maxRetryTime: TimeSpan.FromSeconds(10));

    private static IOptions<BoltDriverOptions> Configured(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddNeo4jSink(configuration);
        return services.BuildServiceProvider().GetRequiredService<IOptions<BoltDriverOptions>>();
    }
}
