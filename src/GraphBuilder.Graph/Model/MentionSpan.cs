namespace GraphBuilder.Graph.Model;

/// <summary>
/// Represents where an article mentions an entity.
/// </summary>
/// <param name="Start">The offset of the mention's first character in the article text.</param>
/// <param name="End">The offset just past the mention's last character.</param>
/// <param name="Sentence">The index of the sentence holding the mention.</param>
/// <param name="Text">The mention's words as written.</param>
public sealed record MentionSpan(int Start, int End, int Sentence, string Text);
