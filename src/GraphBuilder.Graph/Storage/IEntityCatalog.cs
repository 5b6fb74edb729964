using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Finds entities by what a user types: an id (a redirect's too), a name or one of its written forms.
/// </summary>
public interface IEntityCatalog
{
    /// <summary>Finds the entities a text names: its id, or the entities with that name or written form.</summary>
    /// <param name="text">An id, a name or a written form.</param>
    /// <param name="cancellationToken">A token that cancels the look-up.</param>
    /// <returns>The entities, most mentioned first.</returns>
    Task<IReadOnlyList<EntityId>> FindAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>Follows an id that went (merged into another, renamed) to the entity it is now.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">A token that cancels the look-up.</param>
    /// <returns>The current id, or <see langword="null"/> when the id is not a redirect.</returns>
    Task<EntityId?> RedirectAsync(EntityId id, CancellationToken cancellationToken = default);
}
