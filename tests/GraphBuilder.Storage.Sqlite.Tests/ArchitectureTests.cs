using GraphBuilder.Testing.Architecture;

namespace GraphBuilder.Storage.Sqlite.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void References_StorageSqliteAssembly_PointOnlyToItsAllowedProjects()
    {
        var assembly = typeof(GraphBuilder.Storage.Sqlite.SqliteStore).Assembly;

        AssemblyReferences.Projects(assembly).ShouldBe(["GraphBuilder.Graph"]);
    }

    [Fact]
    public void References_Transitively_NeverLoadTheNlpRuntime()
    {
        var needed = AssemblyReferences.Transitive(typeof(GraphBuilder.Storage.Sqlite.SqliteStore).Assembly);

        needed.ShouldNotContain("GraphBuilder.Nlp");
        needed.ShouldNotContain("Microsoft.ML.OnnxRuntime");
    }
}
