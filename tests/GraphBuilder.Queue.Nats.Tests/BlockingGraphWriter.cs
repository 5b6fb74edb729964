using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Queue.Nats.Tests;

/// <summary>A writer that counts commits, and when told to, holds every commit until its caller is stopped.</summary>
internal sealed class BlockingGraphWriter(IGraphWriter inner, bool block) : IGraphWriter
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _commits;

    public Task Entered => _entered.Task;

    public int Commits => Volatile.Read(ref _commits);

    public async Task<ArticleCommit> CommitArticleAsync(ArticleDraft draft, LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        _entered.TrySetResult();
        if (block)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        var commit = await inner.CommitArticleAsync(draft, entry, cancellationToken);
        Interlocked.Increment(ref _commits);
        return commit;
    }

    public Task<ResolutionSummary> ResolveAllAsync(DateTimeOffset at, bool enqueue, CancellationToken cancellationToken = default) =>
        inner.ResolveAllAsync(at, enqueue, cancellationToken);
}
