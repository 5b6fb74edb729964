using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Queue.Nats.Tests;

/// <summary>
/// A ledger that refuses to record one unreadable input's failed row (as a broken store or a bug would), except the row
/// that says the queue gave up on it: the input is a poison message for every worker.
/// </summary>
internal sealed class RefusingLedger(IArticleLedger inner, string location) : IArticleLedger
{
    public Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default) =>
        entry.Location == location && entry.Reason?.StartsWith("gave up", StringComparison.Ordinal) != true
            ? throw new InvalidOperationException("the store refused the row")
            : inner.RecordAsync(entry, cancellationToken);

    public Task<LedgerEntry?> FindLedgerEntryAsync(string location, CancellationToken cancellationToken = default) =>
        inner.FindLedgerEntryAsync(location, cancellationToken);

    public Task<IReadOnlyList<LedgerEntry>> ListLedgerAsync(ArticleStatus? status = null, CancellationToken cancellationToken = default) =>
        inner.ListLedgerAsync(status, cancellationToken);

    public Task<IReadOnlyDictionary<ArticleStatus, int>> CountByStatusAsync(CancellationToken cancellationToken = default) =>
        inner.CountByStatusAsync(cancellationToken);
}
