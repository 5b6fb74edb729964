namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Looks up entities already in the graph by resolution key. Resolution asks only for the keys of the names in
/// hand (blocking), never for all entities, so its cost grows with the article, not with the graph.
/// </summary>
public interface IEntityCatalog
{
    /// <summary>Finds the entities that carry any of the given keys.</summary>
    /// <param name="keys">Resolution keys, as <see cref="Resolution.NameKeys"/> makes them.</param>
    /// <param name="cancellationToken">A token that cancels the look-up.</param>
    /// <returns>One row per matching entity and key.</returns>
    Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
