using System.Text.Json;
using GraphBuilder.Graph.Export;
using GraphBuilder.Testing.Bolt;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

/// <summary>
/// The issue's bar, end to end: the real <c>graphbuilder ingest</c> writes the sample articles to a transactional fake
/// Bolt 5 server on loopback; whether COMMITs fail transiently or the connection drops in the middle of a transaction,
/// what the server ends up committing is every entity and relation of the JSON export, each article's transaction
/// exactly once, and the ledger keeps nothing pending.
/// </summary>
public sealed class Neo4jFaultEndToEndTests(CleanNeo4jIngest clean) : IClassFixture<CleanNeo4jIngest>, IDisposable
{
    private static readonly HashSet<string> UntypedRelationships = new(StringComparer.Ordinal) { "MENTIONS", "CO_MENTIONED" };

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Ingest_CleanBoltServer_CommitsEveryEntityAndRelationOfTheExportInParameterisedUnwindBatches()
    {
        var run = clean.Run;

        ShouldHoldTheExportExactlyOnce(run);
        run.PendingAfterIngest.ShouldBeEmpty();
        run.Committed.Where(CommittedGraph.IsSchema).Select(t => t.Statements.ShouldHaveSingleItem().Query).ShouldBe(GraphSchema.Statements);
        run.Committed.ShouldNotContain(t => t.AutoCommit);
        run.RolledBack.ShouldBe(0);

        using var export = JsonDocument.Parse(run.ExportJson);
        var literals = export.RootElement.GetProperty("entities").EnumerateArray()
            .SelectMany(e => new[] { e.GetProperty("id").GetString()!, e.GetProperty("name").GetString()! })
            .Concat(export.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()!))
            .Where(literal => literal.Length >= 4)
            .ToList();
        var statements = run.DataTransactions.SelectMany(t => t.Statements).ToList();
        foreach (var statement in statements)
        {
            statement.Query.ShouldStartWith("UNWIND $rows AS row");
            statement.Parameters.Keys.ShouldBe(["rows"]);
            statement.Rows.Count.ShouldBeInRange(1, Neo4jIngestRun.BatchSize);
            literals.ShouldNotContain(literal => statement.Query.Contains(literal, StringComparison.Ordinal), statement.Query);
        }

        // Batched: a statement with more rows than the batch size ran as several full batches in its transaction.
        run.DataTransactions.ShouldContain(t => t.Statements.GroupBy(s => s.Query).Any(g => g.Count() > 1 && g.First().Rows.Count == Neo4jIngestRun.BatchSize));
    }

    [Fact]
    public async Task Ingest_FirstTwoCommitsFailTransiently_CommitsTheSameGraphExactlyOnce()
    {
        var run = await Neo4jIngestRun.IngestAsync(_directory, new FakeBoltFaults { FailCommits = 2 });

        run.FailedCommits.ShouldBe(2);
        run.RolledBack.ShouldBe(2);
        run.PendingAfterIngest.ShouldBeEmpty();
        ShouldHoldTheExportExactlyOnce(run);
        run.Graph.Describe().ShouldBe(clean.Run.Graph.Describe());
    }

    [Fact]
    public async Task Ingest_ConnectionDroppedAfterAFewRuns_CommitsTheSameGraphExactlyOnce()
    {
        // The third RUN of the first article's transaction, after the schema's one RUN per transaction.
        var run = await Neo4jIngestRun.IngestAsync(_directory, new FakeBoltFaults { DropConnectionAtRun = GraphSchema.Statements.Count + 3 });

        run.DroppedConnections.ShouldBe(1);
        run.RolledBack.ShouldBe(1);
        run.PendingAfterIngest.ShouldBeEmpty();
        ShouldHoldTheExportExactlyOnce(run);
        run.Graph.Describe().ShouldBe(clean.Run.Graph.Describe());
    }

    [Fact]
    public async Task Ingest_FirstConnectionRefused_RetriesAndCommitsTheSameGraphExactlyOnce()
    {
        var run = await Neo4jIngestRun.IngestAsync(_directory, new FakeBoltFaults { RefuseConnections = 1 });

        run.PendingAfterIngest.ShouldBeEmpty();
        ShouldHoldTheExportExactlyOnce(run);
        run.Graph.Describe().ShouldBe(clean.Run.Graph.Describe());
    }

    [Fact]
    public async Task Sync_AfterIngestFoundNeo4jDown_DeliversThePendingArticlesExactlyOnce()
    {
        // Down for the whole of ingest's retry budget: every article stays pending until sync finds the server up.
        var run = await Neo4jIngestRun.IngestAsync(_directory, faults: null, serverDownDuringIngest: true);

        run.PendingAfterIngest.Length.ShouldBe(5);
        run.Output.ShouldContain("Wrote 5 changes to Neo4j; 0 articles still pending.");
        ShouldHoldTheExportExactlyOnce(run);
        run.Graph.Describe().ShouldBe(clean.Run.Graph.Describe());
    }

    private static void ShouldHoldTheExportExactlyOnce(Neo4jIngestRun run)
    {
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("Ingested 5 of 5 inputs");

        // The ledger is the record of what Neo4j confirmed (ingest's own "wait for Neo4j" line counts before its flush).
        run.PendingAtEnd.ShouldBeEmpty();
        run.OpenTransactions.ShouldBe(0);
        run.ServerErrors.ShouldBeEmpty();

        using var export = JsonDocument.Parse(run.ExportJson);
        var root = export.RootElement;
        var articles = root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
        var entities = root.GetProperty("entities").EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("type").GetString()!, StringComparer.Ordinal);
        var relations = root.GetProperty("relations").EnumerateArray()
            .Select(r => $"{r.GetProperty("type").GetString()} {r.GetProperty("source").GetString()} -> {r.GetProperty("target").GetString()}")
            .Order(StringComparer.Ordinal).ToList();
        articles.Count.ShouldBe(5);
        entities.ShouldNotBeEmpty();
        relations.ShouldNotBeEmpty();

        run.Graph.Articles.ShouldBe(articles);
        run.Graph.Entities.OrderBy(e => e.Key, StringComparer.Ordinal).ShouldBe(entities.OrderBy(e => e.Key, StringComparer.Ordinal));
        run.Graph.Relationships.Where(r => !UntypedRelationships.Contains(r.Key))
            .SelectMany(r => r.Value.Select(k => $"{r.Key} {k.Source} -> {k.Target}"))
            .Order(StringComparer.Ordinal).ShouldBe(relations);
        run.Graph.Relationships["MENTIONS"].Select(k => k.Target).ToHashSet().ShouldBe(entities.Keys, ignoreOrder: true);

        // Exactly once: every article in one committed transaction (articles written in one batch share one), none of
        // them committed twice.
        run.DataTransactions.SelectMany(t => CommittedGraph.ArticlesOf(t).Split(',', StringSplitOptions.RemoveEmptyEntries)).ShouldBe(articles, ignoreOrder: true);
        run.DataTransactions.Select(t => t.ContentKey).Distinct().Count().ShouldBe(run.DataTransactions.Count);
    }
}
