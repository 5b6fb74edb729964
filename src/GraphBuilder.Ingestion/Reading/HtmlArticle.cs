namespace GraphBuilder.Ingestion.Reading;

/// <summary>
/// Represents what was extracted from an HTML page.
/// </summary>
/// <param name="Text">The main text, one paragraph per line pair.</param>
/// <param name="Title">The page's title, if any.</param>
/// <param name="Url">The page's canonical URL, if it gives one.</param>
/// <param name="PublishedAt">The publication time, if the page gives one.</param>
/// <param name="Publisher">The site's name, if the page gives one.</param>
public sealed record HtmlArticle(string Text, string? Title, string? Url, DateTimeOffset? PublishedAt, string? Publisher);
