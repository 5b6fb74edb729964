namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a node returned by the server (PackStream structure 'N').
/// </summary>
/// <param name="Id">The legacy numeric id; prefer <paramref name="ElementId"/>.</param>
/// <param name="Labels">The node labels.</param>
/// <param name="Properties">The node properties.</param>
/// <param name="ElementId">The element id (Bolt 5.0+; the numeric id as text on older servers).</param>
public sealed record BoltNode(
    long Id,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties,
    string ElementId);
