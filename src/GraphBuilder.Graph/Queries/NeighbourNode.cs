using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Represents an entity of a neighbourhood.
/// </summary>
/// <param name="Id">The entity's id.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Articles">The number of articles that mention it.</param>
/// <param name="Depth">Its distance from the centre: 0, 1 or 2.</param>
public sealed record NeighbourNode(EntityId Id, string Name, EntityKind Type, int Articles, int Depth);
