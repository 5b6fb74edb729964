namespace GraphBuilder.Graph.Drafts;

/// <summary>
/// Turns an article's text into the facts it contributes to the graph, before resolution: its entities with their
/// mentions, the typed relations between them with evidence, and the co-mentions. The one bridge from language
/// processing to the graph; implementations are synchronous and CPU-bound, and safe to call from several threads.
/// </summary>
public interface IArticleExtractor
{
    /// <summary>
    /// Gets the extractor's version: the names and versions of its stages. An article extracted by another version is
    /// extracted again.
    /// </summary>
    string Version { get; }

    /// <summary>Extracts an article's draft facts.</summary>
    /// <param name="text">The article's untouched text; every offset in the draft points into it.</param>
    /// <param name="source">What is known about the article besides its text.</param>
    /// <param name="ingestedAt">The ingestion time.</param>
    /// <param name="cancellationToken">A token that cancels the work between stages.</param>
    /// <returns>The draft.</returns>
    ArticleDraft Extract(string text, ArticleSource source, DateTimeOffset ingestedAt, CancellationToken cancellationToken = default);
}
