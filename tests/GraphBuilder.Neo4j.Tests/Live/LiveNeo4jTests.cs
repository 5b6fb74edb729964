using GraphBuilder.Bolt;
using GraphBuilder.Graph.Model;
using GraphBuilder.Neo4j.Tests.Queries;

namespace GraphBuilder.Neo4j.Tests.Live;

/// <summary>
/// Runs against a real Neo4j when <c>GRAPHBUILDER_NEO4J_URI</c> is set (see <see cref="LiveNeo4jSettings"/>), and is
/// skipped otherwise. Each test ingests the project's sample articles with the real pipeline and pushes them.
/// </summary>
public sealed class LiveNeo4jTests
{
    private const string EntityCopies = """
        UNWIND $rows AS row
        OPTIONAL MATCH (e:Entity {id: row.id})
        RETURN row.id AS id, count(e) AS copies, collect(e.name)[0] AS name, collect(e.type)[0] AS type,
               collect(e.mentionCount)[0] AS mentions, collect([label IN labels(e) WHERE label <> 'Entity'])[0] AS labels
        """;

    private const string ArticleCopies = """
        UNWIND $rows AS row
        OPTIONAL MATCH (a:Article {id: row.id})
        RETURN row.id AS id, count(a) AS copies
        """;

    private const string MentionCopies = """
        UNWIND $rows AS row
        OPTIONAL MATCH (:Article {id: row.article})-[m:MENTIONS]->(:Entity {id: row.entity})
        RETURN row.article + ' ' + row.entity AS id, count(m) AS copies
        """;

    private const string RelationCopies = """
        UNWIND $rows AS row
        OPTIONAL MATCH (:Entity {id: row.source})-[r]->(:Entity {id: row.target})
        WHERE type(r) = row.type
        RETURN row.source + ' ' + row.type + ' ' + row.target AS id, count(r) AS copies,
               collect(r.confidence)[0] AS confidence, collect(size(r.evidence))[0] AS evidence
        """;

    private const string CoMentionCopies = """
        UNWIND $rows AS row
        OPTIONAL MATCH (:Entity {id: row.source})-[c:CO_MENTIONED]->(:Entity {id: row.target})
        RETURN row.source + ' ' + row.target AS id, count(c) AS copies
        """;

    private const string Totals = """
        RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships
        """;

    [Fact]
    public async Task Push_SampleArticles_PutsEveryEntityAndRelationInNeo4jExactlyOnce()
    {
        var settings = LiveNeo4jSettings.RequireOrSkip();
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var graph = await LiveSampleGraph.IngestAsync(settings, cancellationToken);

        graph.Summary.Failures.ShouldBeEmpty();
        graph.Summary.Pending.ShouldBe(0, "Neo4j confirmed every article (a pending one means the push failed; see the ledger)");
        graph.Snapshot.Entities.ShouldNotBeEmpty();
        graph.Snapshot.Relations.ShouldNotBeEmpty();
        await ShouldMatchTheStoreAsync(graph, cancellationToken);
    }

    [Fact]
    public async Task Push_SameGraphAgain_ChangesNoCounts()
    {
        var settings = LiveNeo4jSettings.RequireOrSkip();
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var graph = await LiveSampleGraph.IngestAsync(settings, cancellationToken);
        var before = await TotalsAsync(graph, cancellationToken);

        var queued = await graph.Outbox.EnqueueAllAsync(TimeProvider.System.GetUtcNow(), cancellationToken);
        var (written, pending) = await graph.Synchronizer.FlushAsync(cancellationToken);

        queued.ShouldBeGreaterThan(0);
        written.ShouldBeGreaterThan(0);
        pending.ShouldBe(0);
        (await TotalsAsync(graph, cancellationToken)).ShouldBe(before);
        await ShouldMatchTheStoreAsync(graph, cancellationToken);
    }

    [Fact]
    public async Task QueryFiles_OnTheSampleGraph_EachRunsWithItsExampleParameters()
    {
        var settings = LiveNeo4jSettings.RequireOrSkip();
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var graph = await LiveSampleGraph.IngestAsync(settings, cancellationToken);
        var apoc = await HasApocAsync(graph, cancellationToken);

        foreach (var name in QueryFile.Names())
        {
            var query = QueryFile.Load(name);
            if (query.Requires.Contains("apoc") && !apoc)
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"{name}: not run, the server has no APOC");
                continue;
            }

            var records = await graph.ReadAsync(query.Statement, query.ExampleParameters, cancellationToken);
            TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {records.Count} rows");
        }
    }

    [Fact]
    public async Task QueryFiles_ProfileAndRelationsOfType_FindWhatTheStoreHolds()
    {
        var settings = LiveNeo4jSettings.RequireOrSkip();
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var graph = await LiveSampleGraph.IngestAsync(settings, cancellationToken);
        var profile = QueryFile.Load("02-entity-profile.cypher");
        var ofType = QueryFile.Load("05-relations-of-type.cypher");

        foreach (var entity in graph.Snapshot.Entities.Take(10))
        {
            var rows = await graph.ReadAsync(profile.Statement, new Dictionary<string, object?> { ["name"] = entity.Name.ToUpperInvariant(), ["limit"] = 5L }, cancellationToken);
            rows.Select(r => r.Get<string>("id")).ShouldContain(entity.Id.Value, $"the profile of '{entity.Name}' looked up in upper case");
        }

        foreach (var relation in graph.Snapshot.Relations.Take(10))
        {
            var type = GraphVocabulary.RelationType(relation.Type);
            var parameters = new Dictionary<string, object?> { ["type"] = type, ["minConfidence"] = relation.Confidence - 1e-9, ["limit"] = 100_000L };
            var rows = await graph.ReadAsync(ofType.Statement, parameters, cancellationToken);
            rows.Select(r => (r.Get<string>("sourceId"), r.Get<string>("targetId"))).ShouldContain((relation.Source.Value, relation.Target.Value), $"{relation.Source} {type} {relation.Target}");
        }
    }

    private static async Task ShouldMatchTheStoreAsync(LiveSampleGraph graph, CancellationToken cancellationToken)
    {
        var snapshot = graph.Snapshot;

        var entities = await graph.ReadAsync(EntityCopies, Rows(snapshot.Entities.Select(e => new Dictionary<string, object?> { ["id"] = e.Id.Value })), cancellationToken);
        ShouldAllBeSingle(entities, snapshot.Entities.Count, "entity");
        foreach (var entity in snapshot.Entities)
        {
            var record = entities.Single(r => r.Get<string>("id") == entity.Id.Value);
            record.Get<string>("name").ShouldBe(entity.Name);
            record.Get<string>("type").ShouldBe(GraphVocabulary.Label(entity.Type));
            record.Get<long>("mentions").ShouldBe(entity.MentionCount);
            ((IReadOnlyList<object?>)record["labels"]!).ShouldBe([GraphVocabulary.Label(entity.Type)]);
        }

        var articles = await graph.ReadAsync(ArticleCopies, Rows(snapshot.Articles.Select(a => new Dictionary<string, object?> { ["id"] = a.Id })), cancellationToken);
        ShouldAllBeSingle(articles, snapshot.Articles.Count, "article");

        var mentions = await graph.ReadAsync(MentionCopies, Rows(snapshot.Mentions.Select(m => new Dictionary<string, object?> { ["article"] = m.Article, ["entity"] = m.Entity.Value })), cancellationToken);
        ShouldAllBeSingle(mentions, snapshot.Mentions.Count, "mention");

        var relations = await graph.ReadAsync(RelationCopies, Rows(snapshot.Relations.Select(r => new Dictionary<string, object?>
        {
            ["source"] = r.Source.Value,
            ["type"] = GraphVocabulary.RelationType(r.Type),
            ["target"] = r.Target.Value,
        })), cancellationToken);
        ShouldAllBeSingle(relations, snapshot.Relations.Count, "relation");
        foreach (var relation in snapshot.Relations)
        {
            var record = relations.Single(r => r.Get<string>("id") == $"{relation.Source.Value} {GraphVocabulary.RelationType(relation.Type)} {relation.Target.Value}");
            record.Get<double>("confidence").ShouldBe(relation.Confidence, 1e-9);
            record.Get<long>("evidence").ShouldBe(relation.Evidence.Count);
        }

        var coMentions = await graph.ReadAsync(CoMentionCopies, Rows(snapshot.CoMentions.Select(c => new Dictionary<string, object?> { ["source"] = c.Source.Value, ["target"] = c.Target.Value })), cancellationToken);
        ShouldAllBeSingle(coMentions, snapshot.CoMentions.Count, "co-mention");
    }

    private static void ShouldAllBeSingle(IReadOnlyList<BoltRecord> records, int expected, string what)
    {
        records.Count.ShouldBe(expected);
        records.Where(r => r.Get<long>("copies") != 1).Select(r => $"{r.Get<string>("id")}: {r.Get<long>("copies")}")
            .ShouldBeEmpty($"every {what} of the store is in Neo4j exactly once");
    }

    private static Dictionary<string, object?> Rows(IEnumerable<Dictionary<string, object?>> rows) => new() { ["rows"] = rows.ToList() };

    private static async Task<(long Nodes, long Relationships)> TotalsAsync(LiveSampleGraph graph, CancellationToken cancellationToken)
    {
        var record = (await graph.ReadAsync(Totals, null, cancellationToken)).ShouldHaveSingleItem();
        return (record.Get<long>("nodes"), record.Get<long>("relationships"));
    }

    private static async Task<bool> HasApocAsync(LiveSampleGraph graph, CancellationToken cancellationToken)
    {
        try
        {
            await graph.ReadAsync("RETURN apoc.convert.fromJsonMap('{}') IS NOT NULL AS apoc", null, cancellationToken);
            return true;
        }
        catch (BoltServerException)
        {
            return false;
        }
    }
}
