namespace GraphBuilder.Graph.Model;

/// <summary>
/// Identifies a typed relationship: its two ends and its type.
/// </summary>
/// <param name="Source">The subject entity.</param>
/// <param name="Target">The object entity.</param>
/// <param name="Type">The relation type.</param>
public readonly record struct RelationKey(EntityId Source, EntityId Target, RelationKind Type);
