namespace GraphBuilder.Graph.Model;

/// <summary>
/// Holds a consistent view of part or all of the graph: nodes and relationships with their aggregated properties,
/// each list sorted by identifier so that the same graph always reads the same.
/// </summary>
/// <param name="Articles">The article nodes.</param>
/// <param name="Entities">The entity nodes.</param>
/// <param name="Mentions">The <c>MENTIONS</c> relationships.</param>
/// <param name="Relations">The typed relationships.</param>
/// <param name="CoMentions">The <c>CO_MENTIONED</c> relationships.</param>
public sealed record GraphSnapshot(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<EntityNode> Entities,
    IReadOnlyList<MentionEdge> Mentions,
    IReadOnlyList<RelationEdge> Relations,
    IReadOnlyList<CoMentionEdge> CoMentions)
{
    /// <summary>Gets an empty snapshot.</summary>
    public static GraphSnapshot Empty { get; } = new([], [], [], [], []);
}
