namespace GraphBuilder.Ingestion.Reading;

/// <summary>One item of a feed saved as a file.</summary>
/// <param name="Id">The item's id (its <c>guid</c> or Atom <c>id</c>), or its number in the feed.</param>
/// <param name="Title">The item's title.</param>
/// <param name="Text">The item's text, its HTML removed.</param>
/// <param name="Link">The item's link, recorded as the article's URL.</param>
/// <param name="PublishedAt">When the item was published or last updated.</param>
internal sealed record FeedFileItem(string Id, string? Title, string Text, string? Link, DateTimeOffset? PublishedAt);
