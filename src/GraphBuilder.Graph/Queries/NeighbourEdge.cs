using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Represents a typed relation of a neighbourhood, aggregated over the evidence that passes its filters.
/// </summary>
/// <param name="Source">The subject.</param>
/// <param name="Target">The object.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Confidence">The combined confidence of its evidence, <c>1 - Π(1 - p)</c>.</param>
/// <param name="Count">The number of pieces of evidence.</param>
/// <param name="FirstSeen">The earliest article date of its evidence.</param>
/// <param name="LastSeen">The latest article date of its evidence.</param>
public sealed record NeighbourEdge(EntityId Source, EntityId Target, RelationKind Type, double Confidence, int Count, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);
