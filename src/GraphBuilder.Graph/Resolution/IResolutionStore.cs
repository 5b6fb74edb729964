using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Represents what block resolution reads from a store, inside the store's own write transaction: the groups, their
/// blocking keys, contexts and drafts, and who holds an entity id now.
/// </summary>
public interface IResolutionStore
{
    /// <summary>Gets the blocking keys of groups.</summary>
    /// <param name="anchors">The groups' anchors.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>Their keys.</returns>
    Task<IReadOnlyList<string>> KeysOfAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken);

    /// <summary>Gets the groups that have any of the keys.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The groups' anchors.</returns>
    Task<IReadOnlyList<string>> AnchorsWithKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Reads groups (those with no draft any more are left out).</summary>
    /// <param name="anchors">The anchors.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The groups.</returns>
    Task<IReadOnlyList<NameGroup>> GroupsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken);

    /// <summary>Reads what the groups' articles name around them.</summary>
    /// <param name="anchors">The anchors.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>Each group's context.</returns>
    Task<IReadOnlyDictionary<string, GroupContext>> ContextsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken);

    /// <summary>Reads the groups' drafts.</summary>
    /// <param name="anchors">The anchors.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>Each group's drafts.</returns>
    Task<IReadOnlyDictionary<string, IReadOnlyList<DraftInGroup>>> DraftsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken);

    /// <summary>Gets the anchors of the groups whose drafts (some or all) go to any of the entities now.</summary>
    /// <param name="ids">The entity ids.</param>
    /// <param name="cancellationToken">A token that cancels the read.</param>
    /// <returns>The anchors.</returns>
    Task<IReadOnlyList<string>> HoldersAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken);
}
