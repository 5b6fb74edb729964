using GraphBuilder.Testing.Architecture;

namespace GraphBuilder.Bolt.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void References_BoltAssembly_PointOnlyToItsAllowedProjects()
    {
        var assembly = typeof(GraphBuilder.Bolt.BoltDriver).Assembly;

        AssemblyReferences.Projects(assembly).ShouldBeEmpty();
    }
}
