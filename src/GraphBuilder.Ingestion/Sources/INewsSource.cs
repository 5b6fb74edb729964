namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// Represents a place articles come from: a folder, a feed, a file of JSON lines.
/// </summary>
public interface INewsSource
{
    /// <summary>Gets the source's name, recorded in the ledger.</summary>
    string Name { get; }

    /// <summary>Reads what the source holds now. A bad input yields a failed item and reading goes on.</summary>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The items, articles and failures alike.</returns>
    IAsyncEnumerable<SourceItem> ReadAsync(CancellationToken cancellationToken = default);
}
