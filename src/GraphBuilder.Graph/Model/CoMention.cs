namespace GraphBuilder.Graph.Model;

/// <summary>
/// Represents two entities named in the same sentences of one article. <see cref="Source"/> sorts before
/// <see cref="Target"/>, so each pair has one direction.
/// </summary>
/// <param name="Source">The entity that sorts first.</param>
/// <param name="Target">The entity that sorts last.</param>
/// <param name="Count">The number of sentences naming both.</param>
public sealed record CoMention(EntityId Source, EntityId Target, int Count);
