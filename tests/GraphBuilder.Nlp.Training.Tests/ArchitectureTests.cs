using GraphBuilder.Testing.Architecture;

namespace GraphBuilder.Nlp.Training.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void References_NlpTrainingAssembly_PointOnlyToItsAllowedProjects()
    {
        var assembly = typeof(GraphBuilder.Nlp.Training.Corpora.ConllReader).Assembly;

        AssemblyReferences.Projects(assembly).ShouldBe(["GraphBuilder.Nlp"]);
    }
}
