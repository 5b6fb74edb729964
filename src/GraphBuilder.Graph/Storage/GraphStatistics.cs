using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Holds counts of the graph and the ledger, and the most mentioned entities.
/// </summary>
/// <param name="Articles">The number of article nodes.</param>
/// <param name="Entities">The number of entity nodes.</param>
/// <param name="Relations">The number of typed relationships.</param>
/// <param name="CoMentions">The number of co-mention relationships.</param>
/// <param name="EntitiesByType">The number of entities of each type label.</param>
/// <param name="RelationsByType">The number of typed relationships of each type.</param>
/// <param name="Ledger">The number of ledger rows of each status.</param>
/// <param name="TopEntities">The most mentioned entities, most first.</param>
public sealed record GraphStatistics(
    int Articles,
    int Entities,
    int Relations,
    int CoMentions,
    IReadOnlyDictionary<string, int> EntitiesByType,
    IReadOnlyDictionary<string, int> RelationsByType,
    IReadOnlyDictionary<ArticleStatus, int> Ledger,
    IReadOnlyList<EntityNode> TopEntities);
