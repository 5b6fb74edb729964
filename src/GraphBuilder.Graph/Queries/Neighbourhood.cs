using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Represents the entities around an entity and the relations between them.
/// </summary>
/// <param name="Center">The entity asked about (after redirects).</param>
/// <param name="Nodes">The entities, the centre first, then by depth and the number of articles that mention them.</param>
/// <param name="Edges">The relations between them that pass the filters.</param>
/// <param name="Truncated">Whether entities were left out to stay within the node cap.</param>
public sealed record Neighbourhood(EntityId Center, IReadOnlyList<NeighbourNode> Nodes, IReadOnlyList<NeighbourEdge> Edges, bool Truncated);
