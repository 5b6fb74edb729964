namespace GraphBuilder.Graph.Drafts;

/// <summary>
/// Represents what is known about an article besides its text.
/// </summary>
/// <param name="Url">The article's URL, if known.</param>
/// <param name="Title">The article's title, if known.</param>
/// <param name="Source">The name of the source that produced it.</param>
/// <param name="PublishedAt">The publication time, if known.</param>
public sealed record ArticleSource(string? Url, string? Title, string? Source, DateTimeOffset? PublishedAt);
