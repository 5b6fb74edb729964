using GraphBuilder.Testing.Architecture;

namespace GraphBuilder.Neo4j.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void References_Neo4jAssembly_PointOnlyToItsAllowedProjects()
    {
        var assembly = typeof(GraphBuilder.Neo4j.Neo4jGraphSink).Assembly;

        AssemblyReferences.Projects(assembly).ShouldBe(["GraphBuilder.Bolt", "GraphBuilder.Graph"]);
    }

    [Fact]
    public void References_Transitively_NeverLoadTheNlpRuntime()
    {
        var needed = AssemblyReferences.Transitive(typeof(GraphBuilder.Neo4j.Neo4jGraphSink).Assembly);

        needed.ShouldNotContain("GraphBuilder.Nlp");
        needed.ShouldNotContain("Microsoft.ML.OnnxRuntime");
    }
}
