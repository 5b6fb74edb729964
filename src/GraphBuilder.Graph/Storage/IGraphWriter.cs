using GraphBuilder.Graph.Drafts;

namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Writes articles' facts and resolves their entities. Every write is atomic: after a crash the store holds either all
/// of an article's facts, its resolution, its ledger row and its outbox row, or none of them.
/// </summary>
public interface IGraphWriter
{
    /// <summary>
    /// Writes an article's draft facts, replacing what the same article contributed before, resolves the block of the
    /// graph its names belong to (merging or splitting entities as the articles now say, ids that go becoming
    /// redirects), and records the ledger row.
    /// </summary>
    /// <param name="draft">The article's draft facts.</param>
    /// <param name="entry">The ledger row to record with them.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>What the write did and touched.</returns>
    Task<ArticleCommit> CommitArticleAsync(ArticleDraft draft, LedgerEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes several articles as <see cref="CommitArticleAsync"/> writes each, in one transaction when the store can:
    /// the graph is the same as after writing them one by one (resolution depends on the set of articles, not on how
    /// they were batched); either all of them are written or none.
    /// </summary>
    /// <param name="writes">The articles, in order.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>What each write did, in the same order; the changes of the batch are reported once.</returns>
    async Task<IReadOnlyList<ArticleCommit>> CommitArticlesAsync(IReadOnlyList<ArticleWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var commits = new List<ArticleCommit>(writes.Count);
        foreach (var write in writes)
        {
            commits.Add(await CommitArticleAsync(write.Draft, write.Entry, cancellationToken).ConfigureAwait(false));
        }

        return commits;
    }

    /// <summary>
    /// Resolves every entity again from the articles' recorded drafts (after a change of rules), as a store built from
    /// scratch from the same articles would; ids that go become redirects.
    /// </summary>
    /// <param name="at">The time of the request, for the outbox.</param>
    /// <param name="enqueue">Whether to queue what changed for the external sinks.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>What changed.</returns>
    Task<ResolutionSummary> ResolveAllAsync(DateTimeOffset at, bool enqueue, CancellationToken cancellationToken = default);
}
