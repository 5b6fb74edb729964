using GraphBuilder.Testing.Architecture;

namespace GraphBuilder.Nlp.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void References_NlpAssembly_PointOnlyToItsAllowedProjects()
    {
        var assembly = typeof(GraphBuilder.Nlp.Pipeline.NlpPipeline).Assembly;

        AssemblyReferences.Projects(assembly).ShouldBeEmpty();
    }
}
