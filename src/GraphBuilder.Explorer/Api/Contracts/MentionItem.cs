namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>A mention in an article, as a span of its text.</summary>
/// <param name="Start">The offset of its first character.</param>
/// <param name="End">The offset just past its last character.</param>
/// <param name="Sentence">The index of its sentence.</param>
/// <param name="Text">Its words.</param>
/// <param name="Entity">The entity it names.</param>
public sealed record MentionItem(int Start, int End, int Sentence, string Text, EntityRef Entity);
