namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Represents the ingestion ledger: every input seen, with what became of it (ingested, duplicate, failed, pending) and
/// why. A row is written with the article's facts in one transaction by <see cref="IGraphWriter"/>, or on its own here.
/// </summary>
public interface IArticleLedger
{
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

    /// <summary>Counts the ledger's rows by status.</summary>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The number of rows of each status that has any.</returns>
    Task<IReadOnlyDictionary<ArticleStatus, int>> CountByStatusAsync(CancellationToken cancellationToken = default);
}
