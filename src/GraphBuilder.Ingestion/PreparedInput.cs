using GraphBuilder.Graph.Drafts;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion;

/// <summary>An input as the read side of a run hands it to the write side: what the ledger knew and what extraction gave.</summary>
/// <param name="Item">The input.</param>
/// <param name="FirstSeen">When the input was first seen.</param>
/// <param name="Now">When it was read in this run.</param>
internal sealed record PreparedInput(SourceItem Item, DateTimeOffset FirstSeen, DateTimeOffset Now)
{
    /// <summary>Gets a value indicating whether the ledger holds this very text from this very pipeline.</summary>
    public bool Unchanged { get; init; }

    /// <summary>Gets the hash of the text.</summary>
    public string? ContentHash { get; init; }

    /// <summary>Gets the article's URL (a file's own <c>file://</c> URL when it has none).</summary>
    public string? Url { get; init; }

    /// <summary>Gets the text's near-duplicate signature.</summary>
    public uint[] Signature { get; init; } = [];

    /// <summary>
    /// Gets the near-duplicate index's mark taken just before the read side searched it and found no copy, or
    /// <see langword="null"/> when it found one or did not search: the write side then searches only what came after.
    /// </summary>
    public long? SearchedUpTo { get; init; }

    /// <summary>Gets the extracted facts, when extraction ran and succeeded.</summary>
    public ArticleDraft? Graph { get; init; }

    /// <summary>Gets how long extraction took.</summary>
    public TimeSpan ExtractionTime { get; init; }

    /// <summary>Gets why extraction failed, if it did.</summary>
    public string? Failure { get; init; }
}
