
namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Represents one mention of an entity in an article.
/// </summary>
/// <param name="Start">The offset of its first character in the article text.</param>
/// <param name="End">The offset just past its last character.</param>
/// <param name="Sentence">The index of its sentence.</param>
/// <param name="Text">Its words as written.</param>
/// <param name="Entity">The entity resolution made of it.</param>
public sealed record ArticleMention(int Start, int End, int Sentence, string Text, EntityReference Entity);
