using System.Reflection;

namespace GraphBuilder.Graph.Export;

/// <summary>
/// Gives the graph's Cypher schema: the constraints and indexes of <c>cypher/schema.cypher</c>, embedded at build time.
/// </summary>
public static class GraphSchema
{
    private static readonly Lazy<string> Text = new(Load);

    /// <summary>Gets the schema script's text.</summary>
    public static string Cypher => Text.Value;

    /// <summary>Gets the schema's statements, comments removed, each without its closing semicolon.</summary>
    public static IReadOnlyList<string> Statements =>
        [.. Cypher.Split('\n')
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Aggregate(string.Empty, (all, line) => all + line + "\n")
            .Split(';')
            .Select(statement => statement.Trim())
            .Where(statement => statement.Length > 0)];

    private static string Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GraphBuilder.Graph.schema.cypher")
            ?? throw new InvalidOperationException("The embedded schema.cypher is missing from GraphBuilder.Graph.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
