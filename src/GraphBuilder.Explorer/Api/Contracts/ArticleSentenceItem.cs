namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>A kept sentence of an article.</summary>
/// <param name="Index">Its position in the article.</param>
/// <param name="Start">Its offset in the article text.</param>
/// <param name="End">The offset just past it.</param>
/// <param name="Text">Its text.</param>
public sealed record ArticleSentenceItem(int Index, int Start, int End, string Text);
