using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>Counts the graph's relations by type from the stored ends of its evidence, fitted to their ends' types.</summary>
internal static class RelationCounts
{
    /// <summary>The number of distinct relations of each type, in type order.</summary>
    /// <param name="ends">The distinct subject, object and stored type of each piece of evidence.</param>
    public static Dictionary<string, int> ByType(IEnumerable<(string Source, string Target, string Type)> ends) =>
        ends
            .Select(e => (e.Source, e.Target, Type: RelationSignature.ConformType(e.Type, e.Source, e.Target)))
            .Where(e => e.Type is not null)
            .Distinct()
            .GroupBy(e => e.Type!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
