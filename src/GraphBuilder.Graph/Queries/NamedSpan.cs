using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Represents where an article names an entity, for highlighting the names in an evidence sentence.
/// </summary>
/// <param name="Article">The article's id.</param>
/// <param name="Entity">The entity named.</param>
/// <param name="Start">The offset of the name's first character in the article text.</param>
/// <param name="End">The offset just past its last character.</param>
public sealed record NamedSpan(string Article, EntityId Entity, int Start, int End);
