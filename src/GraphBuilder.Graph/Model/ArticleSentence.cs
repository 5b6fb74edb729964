namespace GraphBuilder.Graph.Model;

/// <summary>
/// Represents a sentence of an article that mentions an entity, kept so that every mention can be shown in context.
/// </summary>
/// <param name="Index">The sentence's position in the article.</param>
/// <param name="Start">The offset of its first character in the article text.</param>
/// <param name="End">The offset just past its last character.</param>
/// <param name="Text">Its text.</param>
public sealed record ArticleSentence(int Index, int Start, int End, string Text);
