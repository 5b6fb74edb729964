namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Represents the ledger's row for one input the ingestion saw: every input is either in the graph or listed
/// here with the reason it is not.
/// </summary>
/// <param name="Location">Where the input came from: a file path, a URL, or a path with a line (<c>news.jsonl#12</c>).</param>
/// <param name="Source">The name of the source that produced it.</param>
/// <param name="Status">What became of it.</param>
/// <param name="FirstSeenAt">When the ingestion first saw it.</param>
/// <param name="UpdatedAt">When the row last changed.</param>
public sealed record LedgerEntry(string Location, string Source, ArticleStatus Status, DateTimeOffset FirstSeenAt, DateTimeOffset UpdatedAt)
{
    /// <summary>Gets the article's identifier, when it got that far.</summary>
    public string? ArticleId { get; init; }

    /// <summary>Gets the article's URL, if known.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the SHA-256 of the input's content, when it could be read.</summary>
    public string? ContentHash { get; init; }

    /// <summary>Gets why the input failed, for <see cref="ArticleStatus.Failed"/>.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the article this one duplicates, for <see cref="ArticleStatus.Duplicate"/>.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>Gets the version of the pipeline that extracted the article's facts.</summary>
    public string? PipelineVersion { get; init; }
}
