namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a relationship with its end nodes (PackStream structure 'R').
/// </summary>
/// <param name="Id">The legacy numeric id.</param>
/// <param name="StartNodeId">The legacy numeric id of the start node.</param>
/// <param name="EndNodeId">The legacy numeric id of the end node.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Properties">The relationship properties.</param>
/// <param name="ElementId">The element id (Bolt 5.0+).</param>
/// <param name="StartNodeElementId">The element id of the start node (Bolt 5.0+).</param>
/// <param name="EndNodeElementId">The element id of the end node (Bolt 5.0+).</param>
public sealed record BoltRelationship(
    long Id,
    long StartNodeId,
    long EndNodeId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties,
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId);
