namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a path in its wire form (PackStream structure 'P').
/// </summary>
/// <remarks>
/// The first node is implicit. Odd entries of <paramref name="Indices"/> point to relationships (1-based,
/// negative when traversed against their direction); even entries point to nodes (0-based).
/// </remarks>
/// <param name="Nodes">The distinct nodes of the path.</param>
/// <param name="Relationships">The distinct relationships of the path.</param>
/// <param name="Indices">The alternating relationship and node indices that describe the walk.</param>
public sealed record BoltPath(
    IReadOnlyList<BoltNode> Nodes,
    IReadOnlyList<BoltUnboundRelationship> Relationships,
    IReadOnlyList<long> Indices);
