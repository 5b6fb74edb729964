using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Holds what an external sink must do to mirror a change: the current state of what still exists, and the keys of
/// what no longer does. Applying it twice gives the same result as applying it once.
/// </summary>
/// <param name="Upserts">The current state of the touched nodes and relationships that exist.</param>
/// <param name="DeletedEntities">Touched entities that no article mentions any more.</param>
/// <param name="DeletedRelations">Touched typed relationships with no evidence left.</param>
/// <param name="DeletedCoMentions">Touched co-mention pairs no article names any more.</param>
public sealed record GraphChange(
    GraphSnapshot Upserts,
    IReadOnlyList<EntityId> DeletedEntities,
    IReadOnlyList<RelationKey> DeletedRelations,
    IReadOnlyList<(EntityId Source, EntityId Target)> DeletedCoMentions);
