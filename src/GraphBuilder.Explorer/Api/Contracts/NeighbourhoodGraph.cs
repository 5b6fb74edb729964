namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>The entities around an entity and the relations between them.</summary>
/// <param name="Center">The entity's id (after redirects).</param>
/// <param name="Nodes">The entities, the centre first.</param>
/// <param name="Edges">The relations between them.</param>
/// <param name="Truncated">Whether entities were left out to stay within <paramref name="MaxNodes"/>.</param>
/// <param name="MaxNodes">The node cap that applied.</param>
public sealed record NeighbourhoodGraph(string Center, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated, int MaxNodes);
