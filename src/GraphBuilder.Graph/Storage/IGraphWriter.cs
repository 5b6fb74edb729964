using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Writes an article's facts. Every write is atomic: after a crash the store holds either all of an article's facts,
/// its ledger row and its outbox row, or none of them.
/// </summary>
public interface IGraphWriter
{
    /// <summary>Writes an article's facts, replacing what the same article contributed before, and its ledger row.</summary>
    /// <param name="graph">The article's facts.</param>
    /// <param name="entry">The ledger row to record with them.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>What the write did and touched.</returns>
    Task<ArticleCommit> CommitArticleAsync(ArticleGraph graph, LedgerEntry entry, CancellationToken cancellationToken = default);
}
