using GraphBuilder.Testing.Architecture;

namespace GraphBuilder.Storage.Postgres.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void References_StoragePostgresAssembly_PointOnlyToItsAllowedProjects()
    {
        var assembly = typeof(PostgresStore).Assembly;

        AssemblyReferences.Projects(assembly).ShouldBe(["GraphBuilder.Graph"]);
    }

    [Fact]
    public void References_Transitively_NeverLoadTheNlpRuntime()
    {
        var needed = AssemblyReferences.Transitive(typeof(PostgresStore).Assembly);

        needed.ShouldNotContain("GraphBuilder.Nlp");
        needed.ShouldNotContain("Microsoft.ML.OnnxRuntime");
    }
}
