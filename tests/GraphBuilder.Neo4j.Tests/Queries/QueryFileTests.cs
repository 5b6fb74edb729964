namespace GraphBuilder.Neo4j.Tests.Queries;

public sealed class QueryFileTests
{
    private const string Sample = """
        // Finds an entity.
        //
        // @requires: apoc
        // @param name: "Maria -- Alvarez" -- the name, any case
        // @param minConfidence: 0.5 -- the lowest confidence
        // @param limit: 10
        // @param type: null -- a type or null
        MATCH (e:Entity) WHERE e.name = $name
        RETURN e LIMIT $limit;

        """;

    [Fact]
    public void Parse_Header_ReadsDescriptionParametersAndRequirements()
    {
        var query = QueryFile.Parse("sample.cypher", Sample);

        query.Description.ShouldBe(["Finds an entity."]);
        query.Requires.ShouldBe(["apoc"]);
        query.Parameters.Select(p => (p.Name, p.Json, p.Description)).ShouldBe([
            ("name", "\"Maria -- Alvarez\"", "the name, any case"),
            ("minConfidence", "0.5", "the lowest confidence"),
            ("limit", "10", string.Empty),
            ("type", "null", "a type or null"),
        ]);
    }

    [Fact]
    public void Parse_Statement_DropsTheHeaderAndTheClosingSemicolon()
    {
        var query = QueryFile.Parse("sample.cypher", Sample);

        query.Statement.ShouldBe("MATCH (e:Entity) WHERE e.name = $name\nRETURN e LIMIT $limit");
    }

    [Fact]
    public void ExampleParameters_JsonNumbers_BecomeLongOrDouble()
    {
        var parameters = QueryFile.Parse("sample.cypher", Sample).ExampleParameters;

        parameters["name"].ShouldBe("Maria -- Alvarez");
        parameters["minConfidence"].ShouldBeOfType<double>().ShouldBe(0.5);
        parameters["limit"].ShouldBeOfType<long>().ShouldBe(10L);
        parameters["type"].ShouldBeNull();
    }

    [Fact]
    public void Parse_ParamWithoutJsonValue_IsRejectedWithTheFileAndName()
    {
        var exception = Should.Throw<FormatException>(() => QueryFile.Parse("bad.cypher", "// @param name: Maria Alvarez\nRETURN $name"));

        exception.Message.ShouldContain("bad.cypher");
        exception.Message.ShouldContain("$name");
    }

    [Fact]
    public void Parse_TextAfterTheValueWithoutDashes_IsRejected()
    {
        Should.Throw<FormatException>(() => QueryFile.Parse("bad.cypher", "// @param limit: 10 rows\nRETURN $limit"));
    }

    [Fact]
    public void CypherText_LabelsTypesAndProperties_AreReadOutsideStringsAndComments()
    {
        const string Cypher = "MATCH (a:Article)-[m:MENTIONS|CO_MENTIONED]->(e:Entity:Person) // (x:Nope)\nWHERE e.name = ':Fake' AND a {.title}.title IS NOT NULL\nRETURN apoc.convert.fromJsonMap(e.evidence).`end`, e.`type`";

        CypherText.NodeLabels(Cypher).Distinct().ShouldBe(["Article", "Entity", "Person"]);
        CypherText.Types(Cypher).ShouldBe(["MENTIONS", "CO_MENTIONED"]);
        CypherText.Properties(Cypher).Distinct().ShouldBe(["name", "evidence", "type", "title"], ignoreOrder: true);
    }

    [Fact]
    public void CypherText_UnknownLabelOrType_IsReported()
    {
        const string Cypher = "MATCH (p:Human)-[:KNOWS]->(q) WHERE q:Alien RETURN p";

        CypherText.NodeLabels(Cypher).Where(l => !CypherText.Labels.Contains(l)).ShouldBe(["Human", "Alien"]);
        CypherText.Types(Cypher).Where(t => !CypherText.RelationshipTypes.Contains(t)).ShouldBe(["KNOWS"]);
    }

    [Theory]
    [InlineData("MATCH (n:$label) RETURN n", true)]
    [InlineData("MATCH ()-[r:$($type)]->() RETURN r", true)]
    [InlineData("MATCH (n:Entity|$($other)) RETURN n", true)]
    [InlineData("MATCH (n:Entity {id: $id}) WHERE n.firstSeen >= datetime() - duration({days: $days}) RETURN n", false)]
    [InlineData("MATCH (n:Entity) RETURN [x IN n.aliases | $prefix + x]", false)]
    public void CypherText_DynamicLabelOrType_IsFound(string cypher, bool dynamic)
    {
        CypherText.HasDynamicLabelOrType(cypher).ShouldBe(dynamic);
    }
}
