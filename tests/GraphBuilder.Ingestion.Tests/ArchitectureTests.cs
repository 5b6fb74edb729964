using GraphBuilder.Testing.Architecture;

namespace GraphBuilder.Ingestion.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void References_IngestionAssembly_PointOnlyToItsAllowedProjects()
    {
        var assembly = typeof(GraphBuilder.Ingestion.IngestionRunner).Assembly;

        AssemblyReferences.Projects(assembly).ShouldBe(["GraphBuilder.Graph"]);
    }

    [Fact]
    public void References_Transitively_NeverLoadTheNlpRuntime()
    {
        var needed = AssemblyReferences.Transitive(typeof(GraphBuilder.Ingestion.IngestionRunner).Assembly);

        needed.ShouldNotContain("GraphBuilder.Nlp");
        needed.ShouldNotContain("Microsoft.ML.OnnxRuntime");
    }
}
