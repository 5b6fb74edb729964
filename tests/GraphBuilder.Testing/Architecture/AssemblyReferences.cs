using System.Reflection;

namespace GraphBuilder.Testing.Architecture;

/// <summary>
/// Reads which assemblies a project's compiled assembly references, directly and through the others, so each test
/// project can check that its project's arrows point the right way.
/// </summary>
public static class AssemblyReferences
{
    /// <summary>Gets the GraphBuilder projects an assembly references directly.</summary>
    public static IReadOnlyList<string> Projects(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("GraphBuilder.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>Gets every assembly an assembly needs, directly or through the assemblies it references.</summary>
    public static IReadOnlySet<string> Transitive(Assembly assembly)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([assembly]);
        while (pending.TryPop(out var current))
        {
            foreach (var reference in current.GetReferencedAssemblies())
            {
                if (reference.Name is not { } name || !seen.Add(name) || IsFramework(name))
                {
                    continue;
                }

                try
                {
                    pending.Push(Assembly.Load(reference));
                }
                catch (FileNotFoundException)
                {
                    // Not in this test's output: it cannot be loaded by the assembly either, so it is not needed.
                }
            }
        }

        return seen;
    }

    private static bool IsFramework(string name) =>
        name is "mscorlib" or "netstandard" || name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.Extensions", StringComparison.Ordinal);
}
