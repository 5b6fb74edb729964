using GraphBuilder.Testing.Architecture;

namespace GraphBuilder.Explorer.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void References_ExplorerAssembly_PointOnlyToTheGraphAndIngestion()
    {
        AssemblyReferences.Projects(typeof(ExplorerOptions).Assembly).ShouldBe(["GraphBuilder.Graph", "GraphBuilder.Ingestion"]);
    }

    [Fact]
    public void References_Transitively_NeverLoadTheNlpRuntimeOrTheStore()
    {
        var needed = AssemblyReferences.Transitive(typeof(ExplorerOptions).Assembly);

        needed.ShouldNotContain("GraphBuilder.Nlp");
        needed.ShouldNotContain("GraphBuilder.Storage.Sqlite");
        needed.ShouldNotContain("Microsoft.ML.OnnxRuntime");
    }
}
