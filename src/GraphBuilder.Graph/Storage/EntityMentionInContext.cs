namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Represents one mention of an entity with the article and sentence it stands in.
/// </summary>
/// <param name="ArticleId">The article's identifier.</param>
/// <param name="ArticleTitle">The article's title, if known.</param>
/// <param name="Text">The mention's words as written.</param>
/// <param name="Start">The offset of the mention in the article text.</param>
/// <param name="End">The offset just past the mention.</param>
/// <param name="Sentence">The sentence holding the mention, if it was kept.</param>
public sealed record EntityMentionInContext(string ArticleId, string? ArticleTitle, string Text, int Start, int End, string? Sentence);
