namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Resolves the block of the graph that some groups belong to: closes the set of groups under shared blocking keys, loads
/// what <see cref="ComponentResolver"/> asks for, and widens the block when an entity id it would give is held by a group
/// outside it. Any store provider runs it inside its write transaction, over its own <see cref="IResolutionStore"/>.
/// </summary>
public static class BlockResolution
{
    /// <summary>Resolves the block of the given groups.</summary>
    /// <param name="store">The store.</param>
    /// <param name="touched">The anchors of the groups that changed.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The block's anchors and its resolution.</returns>
    public static async Task<(IReadOnlySet<string> Anchors, ComponentResolution Resolution)> ResolveAsync(IResolutionStore store, IReadOnlyCollection<string> touched, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(touched);
        var anchors = await CloseAsync(store, touched, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var resolution = await ResolveClosedAsync(store, anchors, cancellationToken).ConfigureAwait(false);
            var holders = await store.HoldersAsync([.. resolution.Entities.Select(e => e.Id)], cancellationToken).ConfigureAwait(false);
            var outside = holders.Where(a => !anchors.Contains(a)).ToList();
            if (outside.Count == 0)
            {
                return (anchors, resolution);
            }

            // Another block holds an id this one would give: resolve both together, so that the tie is broken by the
            // groups' own keys and never by which came first.
            anchors.UnionWith(await CloseAsync(store, outside, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>Closes a set of groups under shared blocking keys.</summary>
    /// <param name="store">The store.</param>
    /// <param name="start">The anchors to start from.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The anchors of the block.</returns>
    public static async Task<HashSet<string>> CloseAsync(IResolutionStore store, IEnumerable<string> start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(start);
        var anchors = new HashSet<string>(start, StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var frontier = anchors.ToList();
        while (frontier.Count > 0)
        {
            var newKeys = (await store.KeysOfAsync(frontier, cancellationToken).ConfigureAwait(false)).Where(keys.Add).ToList();
            frontier = newKeys.Count == 0 ? [] : [.. (await store.AnchorsWithKeysAsync(newKeys, cancellationToken).ConfigureAwait(false)).Where(anchors.Add)];
        }

        return anchors;
    }

    private static async Task<ComponentResolution> ResolveClosedAsync(IResolutionStore store, HashSet<string> anchors, CancellationToken cancellationToken)
    {
        var groups = await store.GroupsAsync(anchors, cancellationToken).ConfigureAwait(false);
        var contexts = new Dictionary<string, GroupContext>(StringComparer.Ordinal);
        var drafts = new Dictionary<string, IReadOnlyList<DraftInGroup>>(StringComparer.Ordinal);
        while (true)
        {
            var resolution = ComponentResolver.Resolve(new ComponentInput(groups, contexts, drafts));
            if (resolution.IsResolved)
            {
                return resolution;
            }

            foreach (var (anchor, context) in await store.ContextsAsync(resolution.NeedContexts, cancellationToken).ConfigureAwait(false))
            {
                contexts[anchor] = context;
            }

            foreach (var anchor in resolution.NeedContexts.Where(a => !contexts.ContainsKey(a)))
            {
                contexts[anchor] = GroupContext.Empty;
            }

            foreach (var (anchor, list) in await store.DraftsAsync(resolution.NeedDrafts, cancellationToken).ConfigureAwait(false))
            {
                drafts[anchor] = list;
            }

            foreach (var anchor in resolution.NeedDrafts.Where(a => !drafts.ContainsKey(a)))
            {
                drafts[anchor] = [];
            }
        }
    }
}
