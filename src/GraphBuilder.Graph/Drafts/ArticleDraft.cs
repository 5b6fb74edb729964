using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Drafts;

/// <summary>
/// Holds an article's facts before its entities are resolved against the graph.
/// </summary>
/// <param name="Article">The article node.</param>
/// <param name="Entities">The article's entities, one per coreference chain.</param>
/// <param name="Relations">The typed relations between them.</param>
/// <param name="CoMentions">Pairs of entity indices named in the same sentence, with the number of such sentences.</param>
/// <param name="PipelineVersion">The version of the pipeline that extracted the facts.</param>
public sealed record ArticleDraft(
    Article Article,
    IReadOnlyList<DraftEntity> Entities,
    IReadOnlyList<DraftRelation> Relations,
    IReadOnlyList<(int First, int Second, int Count)> CoMentions,
    string PipelineVersion)
{
    /// <summary>Gets the sentences that mention an entity.</summary>
    public IReadOnlyList<ArticleSentence> Sentences { get; init; } = [];
}
