using GraphBuilder.Testing.Architecture;

namespace GraphBuilder.Extraction.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void References_ExtractionAssembly_PointOnlyToItsAllowedProjects()
    {
        var assembly = typeof(GraphBuilder.Extraction.KnowledgeExtractor).Assembly;

        AssemblyReferences.Projects(assembly).ShouldBe(["GraphBuilder.Graph", "GraphBuilder.Nlp"]);
    }

    [Fact]
    public void References_Transitively_ReachTheNlpRuntimeThroughNlp()
    {
        // The positive control of the other projects' checks: the bridge is where ONNX Runtime comes in.
        var needed = AssemblyReferences.Transitive(typeof(GraphBuilder.Extraction.KnowledgeExtractor).Assembly);

        needed.ShouldContain("GraphBuilder.Nlp");
        needed.ShouldContain("Microsoft.ML.OnnxRuntime");
    }
}
