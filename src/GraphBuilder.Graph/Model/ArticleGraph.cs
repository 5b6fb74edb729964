namespace GraphBuilder.Graph.Model;

/// <summary>
/// Holds every fact one article contributes to the graph. Writing it replaces whatever the same article
/// contributed before, and nothing else.
/// </summary>
/// <param name="Article">The article node.</param>
/// <param name="Entities">The resolved entities the article mentions.</param>
/// <param name="Relations">The typed relations the article states.</param>
/// <param name="CoMentions">The pairs of entities the article names in the same sentence.</param>
/// <param name="Decisions">Why each name was resolved to its entity.</param>
/// <param name="PipelineVersion">The version of the pipeline that extracted the facts.</param>
public sealed record ArticleGraph(
    Article Article,
    IReadOnlyList<ArticleEntity> Entities,
    IReadOnlyList<ArticleRelation> Relations,
    IReadOnlyList<CoMention> CoMentions,
    IReadOnlyList<ResolutionDecision> Decisions,
    string PipelineVersion)
{
    /// <summary>Gets the sentences that mention an entity, for showing mentions in context.</summary>
    public IReadOnlyList<ArticleSentence> Sentences { get; init; } = [];

    /// <summary>Gets the MinHash signature of the article's text, for recognising near-duplicates later.</summary>
    public IReadOnlyList<uint>? Signature { get; init; }
}
