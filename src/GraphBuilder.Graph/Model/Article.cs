namespace GraphBuilder.Graph.Model;

/// <summary>
/// Represents an article node.
/// </summary>
/// <param name="Id">The article's stable identifier, derived from its URL or, failing that, its content hash.</param>
/// <param name="Url">The article's URL, if known.</param>
/// <param name="Title">The article's title, if known.</param>
/// <param name="Source">The name of the source the article came from, if known.</param>
/// <param name="PublishedAt">The publication time, if known.</param>
/// <param name="ContentHash">The SHA-256 of the article's text, as lowercase hex.</param>
/// <param name="IngestedAt">When the article's current text was ingested.</param>
public sealed record Article(
    string Id,
    string? Url,
    string? Title,
    string? Source,
    DateTimeOffset? PublishedAt,
    string ContentHash,
    DateTimeOffset IngestedAt);
