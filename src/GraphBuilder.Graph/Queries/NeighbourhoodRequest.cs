using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Asks for the entities around an entity.
/// </summary>
/// <param name="Depth">1 for the entity's neighbours, 2 for theirs too.</param>
/// <param name="Types">Only relations of these types, if given.</param>
/// <param name="MinConfidence">Only relations at least this confident.</param>
/// <param name="From">Only evidence from articles of this time or later, if given.</param>
/// <param name="To">Only evidence from articles of this time or earlier, if given.</param>
/// <param name="MaxNodes">The most entities to return, the entity itself included.</param>
public sealed record NeighbourhoodRequest(
    int Depth,
    IReadOnlySet<RelationKind>? Types,
    double MinConfidence,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int MaxNodes);
