using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Names the parts of the graph that one write touched. Reading their current state later gives what an external
/// sink must write (or delete) to catch up, however often that is replayed.
/// </summary>
/// <param name="Articles">The articles written.</param>
/// <param name="Entities">The entities whose aggregates may have changed.</param>
/// <param name="Relations">The typed relationships whose aggregates may have changed.</param>
/// <param name="CoMentions">The co-mention pairs whose aggregates may have changed.</param>
public sealed record GraphChangeSet(
    IReadOnlyList<string> Articles,
    IReadOnlyList<EntityId> Entities,
    IReadOnlyList<RelationKey> Relations,
    IReadOnlyList<(EntityId Source, EntityId Target)> CoMentions)
{
    /// <summary>Gets a change set that touches nothing.</summary>
    public static GraphChangeSet None { get; } = new([], [], [], []);

    /// <summary>Gets a value indicating whether the change touches nothing.</summary>
    public bool IsEmpty => Articles.Count == 0 && Entities.Count == 0 && Relations.Count == 0 && CoMentions.Count == 0;
}
