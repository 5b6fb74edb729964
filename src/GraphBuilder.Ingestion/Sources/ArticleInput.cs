namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// Represents one article a source produced, before any NLP.
/// </summary>
/// <param name="Location">Where it came from: a file path, a URL, or a path with a line (<c>news.jsonl#12</c>).</param>
/// <param name="Source">The name of the source.</param>
/// <param name="Text">The article's text.</param>
public sealed record ArticleInput(string Location, string Source, string Text)
{
    /// <summary>Gets the article's title, if known.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the article's URL, if known.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the outlet that published the article (<c>TASS</c>), if the input names one.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets the publication time, if known.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
}
