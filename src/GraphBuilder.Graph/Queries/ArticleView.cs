using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Represents an article as the store keeps it.
/// </summary>
/// <param name="Article">The article node.</param>
/// <param name="Sentences">The sentences kept (those that name an entity), in text order, with their offsets.</param>
/// <param name="Mentions">The mentions in those sentences with their entities, in text order.</param>
/// <param name="Relations">The relations the article states, each with its evidence sentence.</param>
/// <param name="Truncated">Whether sentences were left out to bound the answer.</param>
public sealed record ArticleView(
    Article Article,
    IReadOnlyList<ArticleSentence> Sentences,
    IReadOnlyList<ArticleMention> Mentions,
    IReadOnlyList<ArticleRelation> Relations,
    bool Truncated);
