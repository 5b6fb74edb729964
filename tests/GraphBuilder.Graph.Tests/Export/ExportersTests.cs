using System.Text.Json;
using System.Xml.Linq;
using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Model;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Graph.Tests.Export;

public sealed class ExportersTests
{
    private static readonly DateTimeOffset Seen = new(2017, 6, 15, 0, 0, 0, TimeSpan.Zero);

    private static readonly GraphSnapshot Snapshot = new(
        [new Article("article:u-1", "https://news.example/a", "It's \"news\"", "TASS", Seen, "abc", Seen)],
        [
            new EntityNode(new EntityId("person:oliver-stone"), "Oliver Stone", EntityKind.Person, ["Stone"], 2, Seen, Seen),
            new EntityNode(new EntityId("person:vladimir-putin"), "Vladimir Putin", EntityKind.Person, ["Putin"], 4, Seen, Seen),
        ],
        [new MentionEdge("article:u-1", new EntityId("person:vladimir-putin"), 4, ["0-5", "10-15"])],
        [new RelationEdge(new EntityId("person:oliver-stone"), new EntityId("person:vladimir-putin"), RelationKind.Interviewed, 0.9, 1, ["article:u-1"], [new Evidence("article:u-1", "Stone's interview with 'Putin'.\nNew line", 10, 40, 0.9, "patterns/1")], Seen, Seen)],
        [new CoMentionEdge(new EntityId("person:oliver-stone"), new EntityId("person:vladimir-putin"), 3, ["article:u-1"])]);

    [Fact]
    public async Task Json_Snapshot_FollowsTheContract()
    {
        using var stream = new MemoryStream();

        await JsonGraphExporter.WriteAsync(Snapshot, stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["articles", "entities", "relations"]);
        root.GetProperty("articles")[0].EnumerateObject().Select(p => p.Name).ShouldBe(["id", "title", "url", "publishedAt"]);
        var entity = root.GetProperty("entities")[1];
        entity.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "name", "type", "aliases", "mentions"]);
        entity.GetProperty("type").GetString().ShouldBe("Person");
        entity.GetProperty("mentions").GetInt32().ShouldBe(4);
        var relation = root.GetProperty("relations")[0];
        relation.EnumerateObject().Select(p => p.Name).ShouldBe(["source", "target", "type", "confidence", "count", "evidence"]);
        relation.GetProperty("type").GetString().ShouldBe("INTERVIEWED");
        relation.GetProperty("evidence")[0].EnumerateObject().Select(p => p.Name).ShouldBe(["article", "sentence", "start", "end", "confidence", "extractor"]);
    }

    [Fact]
    public void Cypher_HostileText_IsEscapedInsideLiterals()
    {
        var statements = CypherGraphExporter.Statements(Snapshot).ToList();

        statements.ShouldContain(s => s.Contains(@"a.title = 'It\'s ""news""'", StringComparison.Ordinal));
        statements.ShouldAllBe(s => !s.Contains('\n'));
        statements.ShouldContain(s => s.StartsWith("MATCH (s:Entity {id: 'person:oliver-stone'}), (t:Entity {id: 'person:vladimir-putin'}) MERGE (s)-[r:INTERVIEWED]->(t)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cypher_Script_StartsWithConstraintsThenMerges()
    {
        using var directory = new TempDirectory();
        var path = directory.File("graph.cypher");

        await new CypherGraphExporter().ExportAsync(Snapshot, path);

        var text = await File.ReadAllTextAsync(path);
        text.IndexOf("CREATE CONSTRAINT", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("\nMERGE (", StringComparison.Ordinal));
        text.ShouldContain(":begin");
        text.ShouldContain(":commit");
    }

    [Fact]
    public async Task GraphML_Snapshot_IsWellFormedWithNodesAndEdges()
    {
        using var directory = new TempDirectory();
        var path = directory.File("graph.graphml");

        await new GraphMLGraphExporter().ExportAsync(Snapshot, path);

        var document = XDocument.Load(path);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        document.Descendants(ns + "node").Count().ShouldBe(3);
        document.Descendants(ns + "edge").Count().ShouldBe(3);
    }

    [Fact]
    public async Task Csv_Snapshot_WritesAdminImportFilesWithHeaders()
    {
        using var directory = new TempDirectory();

        var files = await new CsvGraphExporter().ExportAsync(Snapshot, directory.Path);

        files.Select(Path.GetFileName).ShouldBe(["articles.csv", "entities.csv", "mentions.csv", "relations.csv", "co-mentions.csv", "import.sh"]);
        (await File.ReadAllLinesAsync(directory.File("entities.csv")))[0].ShouldBe("id:ID(Entity),name,type,aliases:string[],mentionCount:int,firstSeen:datetime,lastSeen:datetime,:LABEL");
        (await File.ReadAllLinesAsync(directory.File("relations.csv")))[1].ShouldStartWith("\"person:oliver-stone\",\"person:vladimir-putin\",\"INTERVIEWED\",");
    }

    [Fact]
    public void Schema_Statements_AreIdempotentConstraintsAndIndexes()
    {
        var statements = GraphSchema.Statements;

        statements.ShouldNotBeEmpty();
        statements.ShouldAllBe(s => s.Contains("IF NOT EXISTS"));
    }
}
