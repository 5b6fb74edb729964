namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>What <c>graphbuilder status</c> shows: the sources, the ledger's counts and the graph's size.</summary>
/// <param name="Sources">The configured sources.</param>
/// <param name="Ledger">The ledger's rows by status (ingested, duplicate, failed, pending).</param>
/// <param name="Articles">The number of articles.</param>
/// <param name="Entities">The number of entities.</param>
/// <param name="Relations">The number of typed relations.</param>
/// <param name="EntitiesByType">Entities by type label.</param>
/// <param name="RelationsByType">Relations by type.</param>
public sealed record StoreStatus(
    IReadOnlyList<SourceStatus> Sources,
    IReadOnlyDictionary<string, int> Ledger,
    int Articles,
    int Entities,
    int Relations,
    IReadOnlyDictionary<string, int> EntitiesByType,
    IReadOnlyDictionary<string, int> RelationsByType);
