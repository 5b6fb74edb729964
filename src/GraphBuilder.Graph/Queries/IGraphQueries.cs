using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Reads the graph for exploring it a piece at a time: every list is paged and every answer bounded in size, so that
/// no request reads the whole graph. Implementations read while workers write.
/// </summary>
public interface IGraphQueries
{
    /// <summary>Finds entities by name, alias or id: by prefix of any word, case-insensitive, with a typo allowed.</summary>
    /// <param name="search">What to look for and which page.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The page of matches, those mentioned in most articles first.</returns>
    Task<ResultPage<EntityMatch>> SearchAsync(EntitySearch search, CancellationToken cancellationToken = default);

    /// <summary>Reads an entity with a page of its relations, following redirects (merged or renamed ids).</summary>
    /// <param name="id">The entity's id, or an id it had.</param>
    /// <param name="relations">Which page of its relations, sorted by type then confidence.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The entity, or <see langword="null"/> when no entity has or had that id.</returns>
    Task<EntityView?> ReadEntityAsync(EntityId id, PageRequest relations, CancellationToken cancellationToken = default);

    /// <summary>Reads the entities around an entity and the relations between them, at most a number of them.</summary>
    /// <param name="id">The entity's id, or an id it had.</param>
    /// <param name="request">The depth, the filters and the node cap.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The neighbourhood, or <see langword="null"/> when no entity has or had that id.</returns>
    Task<Neighbourhood?> ReadNeighbourhoodAsync(EntityId id, NeighbourhoodRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads an article: its kept sentences, its mentions with their entities, and its relations' evidence.</summary>
    /// <param name="id">The article's id.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The article, or <see langword="null"/> when there is none with that id.</returns>
    Task<ArticleView?> ReadArticleAsync(string id, CancellationToken cancellationToken = default);
}
