namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// Represents one thing a source yields: an article, or an input it could not turn into one, with the reason.
/// </summary>
public sealed record SourceItem
{
    private SourceItem(string location, string source, ArticleInput? article, string? failure, string? contentHash)
    {
        Location = location;
        Source = source;
        Article = article;
        Failure = failure;
        ContentHash = contentHash;
    }

    /// <summary>Gets where the item came from.</summary>
    public string Location { get; }

    /// <summary>Gets the name of the source.</summary>
    public string Source { get; }

    /// <summary>Gets the article, when the input could be read.</summary>
    public ArticleInput? Article { get; }

    /// <summary>Gets why the input could not be read, when it could not.</summary>
    public string? Failure { get; }

    /// <summary>Gets the SHA-256 of the input's raw bytes, when they could be read.</summary>
    public string? ContentHash { get; }

    /// <summary>Creates an item holding an article.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The item.</returns>
    public static SourceItem Of(ArticleInput article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new SourceItem(article.Location, article.Source, article, null, null);
    }

    /// <summary>Creates an item for an input that could not be read.</summary>
    /// <param name="location">Where the input came from.</param>
    /// <param name="source">The name of the source.</param>
    /// <param name="reason">Why it could not be read, naming the problem.</param>
    /// <param name="contentHash">The SHA-256 of its bytes, when they could be read.</param>
    /// <returns>The item.</returns>
    public static SourceItem Failed(string location, string source, string reason, string? contentHash = null) =>
        new(location, source, null, reason, contentHash);
}
