using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Ingestion.Tests;

/// <summary>
/// A writer whose writes wait for a gate to open, which says when the first write was asked for and notes the largest
/// batch it was given.
/// </summary>
internal sealed class GatedWriter(IGraphWriter inner) : IGraphWriter
{
    private readonly TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task FirstWriteAsked => _asked.Task;

    public Task Gate { get; set; } = Task.CompletedTask;

    public int LargestBatch { get; private set; }

    public async Task<ArticleCommit> CommitArticleAsync(ArticleDraft draft, LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        _asked.TrySetResult();
        await Gate.WaitAsync(cancellationToken);
        LargestBatch = Math.Max(LargestBatch, 1);
        return await inner.CommitArticleAsync(draft, entry, cancellationToken);
    }

    public async Task<IReadOnlyList<ArticleCommit>> CommitArticlesAsync(IReadOnlyList<ArticleWrite> writes, CancellationToken cancellationToken = default)
    {
        _asked.TrySetResult();
        await Gate.WaitAsync(cancellationToken);
        LargestBatch = Math.Max(LargestBatch, writes.Count);
        return await inner.CommitArticlesAsync(writes, cancellationToken);
    }

    public Task<ResolutionSummary> ResolveAllAsync(DateTimeOffset at, bool enqueue, CancellationToken cancellationToken = default) =>
        inner.ResolveAllAsync(at, enqueue, cancellationToken);
}
