namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Finds ingested articles whose text is nearly the same as a new one (syndicated copies), by MinHash signatures that
/// <see cref="IGraphWriter"/> records with each article.
/// </summary>
public interface INearDuplicateIndex
{
    /// <summary>Finds the ingested article most similar to a text, when it is at least as similar as asked.</summary>
    /// <param name="signature">The MinHash signature of the new text.</param>
    /// <param name="minSimilarity">The least estimated Jaccard similarity of word bigrams, 0 to 1.</param>
    /// <param name="excludeArticleId">An article not to report (the new text's own earlier version).</param>
    /// <param name="cancellationToken">A token that cancels the look-up.</param>
    /// <returns>The most similar article's identifier and similarity, or <see langword="null"/>.</returns>
    Task<(string ArticleId, double Similarity)?> FindNearDuplicateAsync(
        IReadOnlyList<uint> signature,
        double minSimilarity,
        string excludeArticleId,
        CancellationToken cancellationToken = default);
}
