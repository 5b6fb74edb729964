using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Reads the graph: aggregates are computed from the articles' own facts, so they are always consistent.
/// </summary>
public interface IGraphReader
{
    /// <summary>Reads the whole graph.</summary>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The graph, each list sorted by identifier.</returns>
    Task<GraphSnapshot> ReadGraphAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the current state of what a change touched, for an external sink to mirror.</summary>
    /// <param name="changes">What was touched.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>What exists, and the keys of what no longer does.</returns>
    Task<GraphChange> ReadChangeAsync(GraphChangeSet changes, CancellationToken cancellationToken = default);

    /// <summary>Reads counts and the most mentioned entities.</summary>
    /// <param name="top">How many entities to list.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The statistics.</returns>
    Task<GraphStatistics> ReadStatisticsAsync(int top, CancellationToken cancellationToken = default);

    /// <summary>Reads the decisions that resolved names to an entity, for explaining merges.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The decisions with the articles that made them, oldest first.</returns>
    Task<IReadOnlyList<(string Article, ResolutionDecision Decision)>> ReadDecisionsAsync(EntityId entity, CancellationToken cancellationToken = default);

    /// <summary>Reads where an entity is mentioned: each article with the sentences that mention it.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The mentions in context, by article then position.</returns>
    Task<IReadOnlyList<EntityMentionInContext>> ReadMentionsAsync(EntityId entity, CancellationToken cancellationToken = default);
}
