using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Resolves an article's entities against the graph, so that the same real entity from different articles is one node.
/// </summary>
public interface IEntityResolver
{
    /// <summary>Resolves a draft's entities and returns the article's facts with final identifiers.</summary>
    /// <param name="draft">The article's facts before resolution.</param>
    /// <param name="catalog">The entities already in the graph.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The article's facts, ready to write.</returns>
    Task<ArticleGraph> ResolveAsync(ArticleDraft draft, IEntityCatalog catalog, CancellationToken cancellationToken = default);
}
