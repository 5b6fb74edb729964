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

    /// <summary>Gets the MinHash signature of the article's text, for recognising near-duplicates later.</summary>
    public IReadOnlyList<uint>? Signature { get; init; }

    /// <summary>Gets the coreference decisions of the article, by the index of the entity they are about.</summary>
    public IEnumerable<(int Entity, string Reason)> CoreferenceReasons => Entities.SelectMany((e, i) => e.Reasons.Select(r => (i, r)));
}
