
namespace GraphBuilder.Graph.Model;

/// <summary>
/// Represents a typed relationship between two entities, aggregated over every article that states it.
/// </summary>
/// <param name="Source">The subject entity.</param>
/// <param name="Target">The object entity.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Confidence">
/// The probability that at least one piece of evidence is right, taking the pieces as independent
/// (<c>1 - Π(1 - p)</c>).
/// </param>
/// <param name="Count">The number of pieces of evidence.</param>
/// <param name="Articles">The identifiers of the articles that state it, sorted.</param>
/// <param name="Evidence">The evidence, by article and position.</param>
/// <param name="FirstSeen">The earliest publication (or ingestion) time of an article stating it.</param>
/// <param name="LastSeen">The latest publication (or ingestion) time of an article stating it.</param>
public sealed record RelationEdge(
    EntityId Source,
    EntityId Target,
    RelationKind Type,
    double Confidence,
    int Count,
    IReadOnlyList<string> Articles,
    IReadOnlyList<Evidence> Evidence,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);
