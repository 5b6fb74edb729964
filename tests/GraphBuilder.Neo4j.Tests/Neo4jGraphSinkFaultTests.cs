using GraphBuilder.Bolt;
using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Neo4j.Tests;

/// <summary>The sink against the transactional fake server: what is committed, and only once, whatever fails on the way.</summary>
public sealed class Neo4jGraphSinkFaultTests
{
    private static readonly DateTimeOffset Seen = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly EntityId Reyes = new("person:lena-reyes");
    private static readonly EntityId Harbor = new("organization:harbor-authority");
    private static readonly EntityId City = new("location:harbor-city");

    private static readonly GraphChange Change = new(
        new GraphSnapshot(
            [new Article("article:u-1", "https://news.example/terminal", "Terminal", "Example", Seen, "h1", Seen)],
            [
                new EntityNode(Reyes, "Lena Reyes", EntityKind.Person, ["Reyes"], 3, Seen, Seen),
                new EntityNode(Harbor, "Harbor Authority", EntityKind.Organization, [], 2, Seen, Seen),
                new EntityNode(City, "Harbor City", EntityKind.Location, [], 2, Seen, Seen),
            ],
            [new MentionEdge("article:u-1", Reyes, 3, ["0-10"]), new MentionEdge("article:u-1", Harbor, 2, ["20-36"])],
            [new RelationEdge(Reyes, Harbor, RelationKind.Leads, 0.8, 1, ["article:u-1"], [new Evidence("article:u-1", "Reyes leads the Harbor Authority.", 0, 33, 0.8, "patterns/1")], Seen, Seen)],
            [new CoMentionEdge(Reyes, Harbor, 1, ["article:u-1"])]),
        [],
        [],
        []);

    [Fact]
    public async Task WriteAsync_CleanServer_CommitsEveryBatchInOneTransaction()
    {
        await using var server = FakeBoltServer.Start(user: "neo4j", password: "secret");
        await using (var sink = Sink(server.BoltUri, batchSize: 1))
        {
            await sink.WriteAsync(Change);
        }

        var committed = server.CommittedTransactions.ShouldHaveSingleItem();
        committed.Statements.Select(s => s.Query).ShouldBe(Neo4jBatches.For(Change, 1).Select(b => b.Statement));
        committed.Statements.ShouldAllBe(s => s.Parameters.Keys.SequenceEqual(new[] { "rows" }) && s.Rows.Count == 1);
        committed.Statements[0].Rows[0]["id"].ShouldBe("article:u-1");
        server.OpenTransactions.ShouldBe(0);
        server.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task WriteAsync_FirstTwoCommitsFailTransiently_CommitsTheChangeOnce()
    {
        await using var server = FakeBoltServer.Start(new FakeBoltFaults { FailCommits = 2 });
        await using (var sink = Sink(server.BoltUri))
        {
            await sink.WriteAsync(Change);
        }

        server.FailedCommits.ShouldBe(2);
        server.CommitAttempts.ShouldBe(3);
        server.RolledBackTransactions.ShouldBe(2);
        server.CommittedTransactions.ShouldHaveSingleItem().Statements.Count.ShouldBe(Neo4jBatches.For(Change, 2000).Count);
        server.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task WriteAsync_ConnectionDroppedAfterARun_CommitsTheChangeOnceOnANewConnection()
    {
        await using var server = FakeBoltServer.Start(new FakeBoltFaults { DropConnectionAtRun = 3 });
        await using (var sink = Sink(server.BoltUri))
        {
            await sink.WriteAsync(Change);
        }

        server.DroppedConnections.ShouldBe(1);
        server.ConnectionCount.ShouldBe(2);
        var committed = server.CommittedTransactions.ShouldHaveSingleItem();
        committed.ContentKey.ShouldBe(await CleanContentKeyAsync());
        server.OpenTransactions.ShouldBe(0);
    }

    [Fact]
    public async Task WriteAsync_FirstConnectionRefused_IsRetriedAndCommitted()
    {
        await using var server = FakeBoltServer.Start(new FakeBoltFaults { RefuseConnections = 1 });
        await using (var sink = Sink(server.BoltUri))
        {
            await sink.WriteAsync(Change);
        }

        server.ConnectionCount.ShouldBe(2);
        server.CommittedTransactions.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task WriteAsync_RoutingUri_RoutesToTheWriterAndCommits()
    {
        await using var server = FakeBoltServer.Start();
        await using (var sink = Sink(server.Neo4jUri))
        {
            await sink.InitializeAsync();
            await sink.WriteAsync(Change);
        }

        server.Committed.Select(t => t.Statements[0].Query).ShouldBe([.. GraphSchema.Statements, Neo4jStatements.MergeArticles]);
        server.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task InitializeAsync_FirstConnectionRefused_AppliesTheSchemaOnRetry()
    {
        await using var server = FakeBoltServer.Start(new FakeBoltFaults { RefuseConnections = 1 });
        await using (var sink = Sink(server.BoltUri))
        {
            await sink.InitializeAsync();
        }

        server.ConnectionCount.ShouldBe(2);
        server.CommittedTransactions.Select(t => t.Statements.ShouldHaveSingleItem().Query).ShouldBe(GraphSchema.Statements);
    }

    [Fact]
    public async Task InitializeAsync_ConnectionDroppedAtASchemaStatement_AppliesEveryStatementOnce()
    {
        await using var server = FakeBoltServer.Start(new FakeBoltFaults { DropConnectionAtRun = 2 });
        await using (var sink = Sink(server.BoltUri))
        {
            await sink.InitializeAsync();
        }

        server.DroppedConnections.ShouldBe(1);
        server.CommittedTransactions.Select(t => t.Statements.ShouldHaveSingleItem().Query).ShouldBe(GraphSchema.Statements);
    }

    [Fact]
    public async Task WriteAsync_NonRetryableCommitFailure_CommitsNothingAndSurfacesTheCode()
    {
        await using var server = FakeBoltServer.Start(new FakeBoltFaults { FailCommits = 1, CommitFailureCode = "Neo.ClientError.Schema.ConstraintValidationFailed" });
        await using var sink = Sink(server.BoltUri);

        var exception = await Should.ThrowAsync<Neo4jWriteException>(() => sink.WriteAsync(Change));

        exception.Code.ShouldBe("Neo.ClientError.Schema.ConstraintValidationFailed");
        exception.Message.ShouldStartWith("Neo.ClientError.Schema.ConstraintValidationFailed: ");
        exception.InnerException.ShouldBeOfType<BoltServerException>();
        server.CommitAttempts.ShouldBe(1);
        server.Committed.ShouldBeEmpty();
    }

    [Fact]
    public async Task RollbackAsync_ExplicitTransaction_LeavesNothingCommitted()
    {
        await using var server = FakeBoltServer.Start();
        await using (var driver = BoltDriver.Create(server.BoltUri, BoltAuthToken.Basic("neo4j", "secret")))
        {
            await using var session = driver.AsyncSession();
            await using var transaction = await session.BeginTransactionAsync();
            await (await transaction.RunAsync("UNWIND $rows AS row MERGE (n:Probe {id: row.id})", new Dictionary<string, object?> { ["rows"] = new[] { new Dictionary<string, object?> { ["id"] = 1 } } })).ConsumeAsync();
            await transaction.RollbackAsync();
        }

        server.Committed.ShouldBeEmpty();
        server.RolledBackTransactions.ShouldBe(1);
        server.OpenTransactions.ShouldBe(0);
    }

    private static async Task<string> CleanContentKeyAsync()
    {
        await using var server = FakeBoltServer.Start();
        await using (var sink = Sink(server.BoltUri))
        {
            await sink.WriteAsync(Change);
        }

        return server.CommittedTransactions.ShouldHaveSingleItem().ContentKey;
    }

    private static SinkUnderTest Sink(string uri, int batchSize = 2000) => new(uri, batchSize);
}
