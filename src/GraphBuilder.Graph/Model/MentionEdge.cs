namespace GraphBuilder.Graph.Model;

/// <summary>
/// Represents the <c>MENTIONS</c> relationship from an article to an entity.
/// </summary>
/// <param name="Article">The article's identifier.</param>
/// <param name="Entity">The entity's identifier.</param>
/// <param name="Count">The number of mentions.</param>
/// <param name="Spans">The mentions' character ranges, as <c>start-end</c> strings, in text order.</param>
public sealed record MentionEdge(string Article, EntityId Entity, int Count, IReadOnlyList<string> Spans);
