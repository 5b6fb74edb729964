using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Represents an entity with a page of its relations.
/// </summary>
/// <param name="Entity">The entity and its aggregates.</param>
/// <param name="RedirectedFrom">The id asked for when it led here through a redirect.</param>
/// <param name="Relations">
/// A page of the relations it takes part in, sorted by type then confidence; each keeps its full count but at most a
/// few pieces of evidence, the most confident first.
/// </param>
/// <param name="Related">The names of the entities at the other end of those relations.</param>
/// <param name="Names">Where the two ends of each relation on the page are named in its evidence sentences.</param>
public sealed record EntityView(
    EntityNode Entity,
    EntityId? RedirectedFrom,
    ResultPage<RelationEdge> Relations,
    IReadOnlyList<EntityReference> Related,
    IReadOnlyList<NamedSpan> Names);
