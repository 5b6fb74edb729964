namespace GraphBuilder.Graph.Model;

/// <summary>
/// Represents the <c>CO_MENTIONED</c> relationship, aggregated over articles.
/// </summary>
/// <param name="Source">The entity that sorts first.</param>
/// <param name="Target">The entity that sorts last.</param>
/// <param name="Count">The number of sentences naming both, over all articles.</param>
/// <param name="Articles">The identifiers of the articles naming both, sorted.</param>
public sealed record CoMentionEdge(EntityId Source, EntityId Target, int Count, IReadOnlyList<string> Articles);
