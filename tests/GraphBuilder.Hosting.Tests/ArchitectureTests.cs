using GraphBuilder.Testing.Architecture;

namespace GraphBuilder.Hosting.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void References_HostingAssembly_ComposeTheRuntimeOnly()
    {
        var projects = AssemblyReferences.Projects(typeof(GraphBuilderHostApplicationBuilderExtensions).Assembly);

        projects.ShouldNotContain("GraphBuilder.Lab");
        projects.ShouldNotContain("GraphBuilder.Nlp.Training");
        projects.ShouldContain("GraphBuilder.Extraction");
    }
}
