namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a relationship inside a path, without its end nodes (PackStream structure 'r').
/// </summary>
/// <param name="Id">The legacy numeric id.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Properties">The relationship properties.</param>
/// <param name="ElementId">The element id (Bolt 5.0+).</param>
public sealed record BoltUnboundRelationship(
    long Id,
    string Type,
    IReadOnlyDictionary<string, object?> Properties,
    string ElementId);
