using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Represents the durable record of the graph and of the ingestion ledger. Every write is atomic: after a crash the
/// store holds either all of an article's facts and its ledger row, or none of them.
/// </summary>
public interface IGraphStore : IEntityCatalog
{
    /// <summary>Writes an article's facts, replacing what the same article contributed before, and its ledger row.</summary>
    /// <param name="graph">The article's facts.</param>
    /// <param name="entry">The ledger row to record with them.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>What the write did and touched.</returns>
    Task<ArticleCommit> CommitArticleAsync(ArticleGraph graph, LedgerEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Records a ledger row on its own, for inputs that add no facts (failed or duplicate).</summary>
    /// <param name="entry">The row; it replaces any row with the same location.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>A task that completes when the row is durable.</returns>
    Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Finds the ledger row of an input location.</summary>
    /// <param name="location">The input's location.</param>
    /// <param name="cancellationToken">A token that cancels the look-up.</param>
    /// <returns>The row, or <see langword="null"/> when the input was never seen.</returns>
    Task<LedgerEntry?> FindLedgerEntryAsync(string location, CancellationToken cancellationToken = default);

    /// <summary>Lists ledger rows, oldest first.</summary>
    /// <param name="status">Only rows of this status, or all when <see langword="null"/>.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The rows.</returns>
    Task<IReadOnlyList<LedgerEntry>> ListLedgerAsync(ArticleStatus? status = null, CancellationToken cancellationToken = default);

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

    /// <summary>Lists the changes external sinks have not confirmed, oldest first.</summary>
    /// <param name="max">How many to list at most.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The pending changes.</returns>
    Task<IReadOnlyList<PendingChange>> ListPendingAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Marks a pending change as written to every sink; its article becomes ingested once nothing of it is pending.</summary>
    /// <param name="change">The change.</param>
    /// <param name="at">The time of confirmation.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>A task that completes when the confirmation is durable.</returns>
    Task CompletePendingAsync(PendingChange change, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Records that writing a pending change to the sinks failed; it stays pending.</summary>
    /// <param name="change">The change.</param>
    /// <param name="error">Why it failed.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>A task that completes when the failure is recorded.</returns>
    Task FailPendingAsync(PendingChange change, string error, CancellationToken cancellationToken = default);

    /// <summary>Queues the whole graph for the external sinks, for a full re-synchronisation.</summary>
    /// <param name="at">The time of the request.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>The number of articles queued.</returns>
    Task<int> EnqueueAllAsync(DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Finds the ingested article most similar to a text, when it is at least as similar as asked.</summary>
    /// <param name="signature">The MinHash signature of the new text.</param>
    /// <param name="minSimilarity">The least estimated Jaccard similarity of word bigrams, 0 to 1.</param>
    /// <param name="excludeArticleId">An article not to report (the new text's own earlier version).</param>
    /// <param name="cancellationToken">A token that cancels the look-up.</param>
    /// <returns>The most similar article's identifier and similarity, or <see langword="null"/>.</returns>
    Task<(string ArticleId, double Similarity)?> FindNearDuplicateAsync(IReadOnlyList<uint> signature, double minSimilarity, string excludeArticleId, CancellationToken cancellationToken = default);

    /// <summary>Reads where an entity is mentioned: each article with the sentences that mention it.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The mentions in context, by article then position.</returns>
    Task<IReadOnlyList<EntityMentionInContext>> ReadMentionsAsync(EntityId entity, CancellationToken cancellationToken = default);

    /// <summary>Records the outcome of a source's run, replacing its previous one.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>A task that completes when the record is durable.</returns>
    Task RecordSourceRunAsync(SourceRun run, CancellationToken cancellationToken = default);

    /// <summary>Reads the latest run of every source that has run.</summary>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The runs, by source name.</returns>
    Task<IReadOnlyList<SourceRun>> ReadSourceRunsAsync(CancellationToken cancellationToken = default);
}
