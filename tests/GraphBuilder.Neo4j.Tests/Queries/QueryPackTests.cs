using GraphBuilder.Bolt;
using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Neo4j.Tests.Queries;

public sealed class QueryPackTests
{
    public static TheoryData<string> Files => [.. QueryFile.Names()];

    [Fact]
    public void Folder_QueryPack_HoldsAtLeastADozenQueries()
    {
        QueryFile.Names().Count.ShouldBeGreaterThanOrEqualTo(12);
    }

    [Fact]
    public void Readme_QueryPack_ListsEveryFile()
    {
        var readme = File.ReadAllText(Path.Combine(QueryFile.Folder, "..", "README.md"));

        QueryFile.Names().Where(name => !readme.Contains($"`{name}`", StringComparison.Ordinal)).ShouldBeEmpty("cypher/README.md lists each query file");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task ExecuteQueryAsync_QueryFile_SendsTheStatementAndItsExampleParametersAsWritten(string file)
    {
        var query = QueryFile.Load(file);

        await using var server = BoltStubServer.Start(QueryStubScript.For(query));
        BoltEagerResult result;
        await using (var driver = BoltDriver.Create(server.BoltUri, BoltAuthToken.Basic("neo4j", "secret"), options => options.MaxTransactionRetryTime = TimeSpan.Zero))
        {
            result = await driver.ExecuteQueryAsync(query.Statement, query.ExampleParameters, new BoltQueryOptions { AccessMode = BoltAccessMode.Read });
        }

        await server.WaitForCompletionAsync();
        server.Errors.ShouldBeEmpty();
        result.Records.ShouldHaveSingleItem().Get<bool>("ok").ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Header_QueryFile_SaysWhatItAnswersAndGivesAnExampleForEveryParameter(string file)
    {
        var query = QueryFile.Load(file);

        query.Text.ShouldStartWith("// ", customMessage: "the file starts with its comment header");
        string.Join(' ', query.Description).Length.ShouldBeGreaterThan(40, "the header says what the query answers");
        query.Parameters.Select(p => p.Name).ShouldBeUnique();
        query.Parameters.ShouldAllBe(p => p.Description.Length > 0, "each @param line says what the parameter is after --");
        CypherText.Parameters(query.Statement).Order(StringComparer.Ordinal).ToList()
            .ShouldBe([.. query.Parameters.Select(p => p.Name).Order(StringComparer.Ordinal)], customMessage: "every $parameter the statement uses is documented, and every documented one is used");
        query.Requires.ShouldAllBe(r => r == "apoc");
        if (query.Statement.Contains("apoc.", StringComparison.Ordinal))
        {
            query.Requires.ShouldContain("apoc", "a query that calls APOC says so with '// @requires: apoc'");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Statement_QueryFile_IsExactlyOneStatement(string file)
    {
        var query = QueryFile.Load(file);
        var structure = CypherText.Structure(query.Statement);

        query.Statement.ShouldNotBeEmpty();
        structure.ShouldNotContain(';', customMessage: "one statement per file; only a closing ';' is allowed");
        structure.ShouldNotContain("//", customMessage: "comments belong in the header");
        query.Statement.ShouldMatch(@"\b(RETURN|YIELD)\b", "an exploration query returns something");
        query.Statement.ShouldNotMatch(@"(?i)\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV)\b", "exploration queries only read");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Statement_QueryFile_NamesOnlyTheGraphModelsLabelsTypesAndProperties(string file)
    {
        var statement = QueryFile.Load(file).Statement;

        CypherText.NodeLabels(statement).Where(label => !CypherText.Labels.Contains(label)).ShouldBeEmpty("labels outside the vocabulary");
        CypherText.Types(statement).Where(type => !CypherText.RelationshipTypes.Contains(type)).ShouldBeEmpty("relationship types outside the vocabulary");
        CypherText.Properties(statement).Where(key => !CypherText.PropertyKeys.Contains(key)).ShouldBeEmpty("property keys outside the graph model");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Statement_QueryFile_NeverBuildsTextIntoTheQuery(string file)
    {
        var statement = QueryFile.Load(file).Statement;

        // A relationship type or label cannot be a parameter in a pattern; the pack compares type(r) = $type instead.
        CypherText.HasDynamicLabelOrType(statement).ShouldBeFalse("no parameter in a label or type position");
        statement.ShouldNotContain("apoc.cypher", Case.Insensitive, "no dynamic Cypher");
        statement.ShouldNotContain("apoc.create", Case.Insensitive, "no dynamic labels or types");
    }
}
