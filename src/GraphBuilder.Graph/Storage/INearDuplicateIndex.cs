namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Finds ingested articles whose text is nearly the same as a new one (syndicated copies), by MinHash signatures that
/// <see cref="IGraphWriter"/> records with each article.
/// </summary>
public interface INearDuplicateIndex
{
    /// <summary>
    /// Marks what the index holds now, so that a later search can look only at the articles recorded after it: a reader
    /// that found no copy can confirm that just before its write without searching everything again.
    /// </summary>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The mark, or <see langword="null"/> when the index keeps no order of recording (its searches are then whole).</returns>
    /// <remarks>Take the mark before the search it goes with, so that nothing recorded between the two is missed.</remarks>
    Task<long?> MarkAsync(CancellationToken cancellationToken = default);

    /// <summary>Finds the ingested article most similar to a text, when it is at least as similar as asked.</summary>
    /// <param name="signature">The MinHash signature of the new text.</param>
    /// <param name="minSimilarity">The least estimated Jaccard similarity of word bigrams, 0 to 1.</param>
    /// <param name="excludeArticleId">An article not to report (the new text's own earlier version).</param>
    /// <param name="since">
    /// A mark from <see cref="MarkAsync"/>: search at least the articles recorded after it (an index may search more);
    /// <see langword="null"/> searches every article.
    /// </param>
    /// <param name="cancellationToken">A token that cancels the look-up.</param>
    /// <returns>The most similar article's identifier and similarity, or <see langword="null"/>.</returns>
    Task<(string ArticleId, double Similarity)?> FindNearDuplicateAsync(
        IReadOnlyList<uint> signature,
        double minSimilarity,
        string excludeArticleId,
        long? since = null,
        CancellationToken cancellationToken = default);
}
