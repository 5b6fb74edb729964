using GraphBuilder.Testing.Architecture;

namespace GraphBuilder.Queue.Nats.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void References_QueueAssembly_PointOnlyToGraphAndIngestion()
    {
        var assembly = typeof(NatsQueueServiceCollectionExtensions).Assembly;

        AssemblyReferences.Projects(assembly).ShouldBe(["GraphBuilder.Graph", "GraphBuilder.Ingestion"]);
    }

    [Fact]
    public void References_Transitively_NeverLoadTheNlpRuntime()
    {
        var needed = AssemblyReferences.Transitive(typeof(NatsQueueServiceCollectionExtensions).Assembly);

        needed.ShouldNotContain("GraphBuilder.Nlp");
        needed.ShouldNotContain("Microsoft.ML.OnnxRuntime");
    }
}
