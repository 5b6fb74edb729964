using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Ingestion.Tests;

/// <summary>A writer whose writes wait for a gate to open, and which notes the largest batch it was given.</summary>
internal sealed class GatedWriter(IGraphWriter inner, Task gate) : IGraphWriter
{
    public int LargestBatch { get; private set; }

    public async Task<ArticleCommit> CommitArticleAsync(ArticleDraft draft, LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        LargestBatch = Math.Max(LargestBatch, 1);
        return await inner.CommitArticleAsync(draft, entry, cancellationToken);
    }

    public async Task<IReadOnlyList<ArticleCommit>> CommitArticlesAsync(IReadOnlyList<ArticleWrite> writes, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        LargestBatch = Math.Max(LargestBatch, writes.Count);
        return await inner.CommitArticlesAsync(writes, cancellationToken);
    }

    public Task<ResolutionSummary> ResolveAllAsync(DateTimeOffset at, bool enqueue, CancellationToken cancellationToken = default) =>
        inner.ResolveAllAsync(at, enqueue, cancellationToken);
}
