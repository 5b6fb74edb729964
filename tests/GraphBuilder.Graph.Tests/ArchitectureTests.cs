using GraphBuilder.Testing.Architecture;

namespace GraphBuilder.Graph.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void References_GraphAssembly_PointOnlyToItsAllowedProjects()
    {
        var assembly = typeof(GraphBuilder.Graph.Model.EntityId).Assembly;

        AssemblyReferences.Projects(assembly).ShouldBeEmpty();
    }
}
