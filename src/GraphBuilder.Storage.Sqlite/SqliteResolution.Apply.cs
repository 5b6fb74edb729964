using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <content>Writes a block's resolution: drafts to entities, the entities, redirects and decisions.</content>
internal sealed partial class SqliteResolution
{
    /// <summary>Works out which drafts a block's resolution moves to another entity, without writing anything.</summary>
    /// <param name="anchors">The block's anchors.</param>
    /// <param name="resolution">Its resolution.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The plan, for <see cref="ApplyAsync"/>.</returns>
    public async Task<ResolutionPlan> PlanAsync(IReadOnlySet<string> anchors, ComponentResolution resolution, CancellationToken cancellationToken)
    {
        var oldGroups = (await ReadInAsync("SELECT anchor, entity_id FROM name_groups WHERE anchor IN", anchors, r => (Anchor: r.GetString(0), Entity: r.IsDBNull(1) ? null : r.GetString(1)), cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Anchor, r => r.Entity, StringComparer.Ordinal);
        var changedGroups = resolution.GroupEntities.Where(g => oldGroups.GetValueOrDefault(g.Key) != g.Value.Value).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        // The drafts whose entity may change: every draft of a group whose entity changed, every draft context decides
        // (or decided) for, and the drafts no resolution has placed yet (a new article's). Any other draft stays with
        // its group's unchanged entity, so a write never reads a whole group it does not move.
        var drafts = await ReadInAsync(
            "SELECT article_id, draft, anchor, entity_id, by_context FROM drafts WHERE anchor IN",
            [.. changedGroups],
            ReadPlacement,
            cancellationToken).ConfigureAwait(false);
        var open = await ReadInAsync(
            "SELECT article_id, draft, anchor, entity_id, by_context FROM drafts WHERE (entity_id IS NULL OR by_context = 1) AND anchor IN",
            anchors,
            ReadPlacement,
            cancellationToken).ConfigureAwait(false);
        var decided = new List<(string Article, int Draft, string Anchor, string? Entity, bool ByContext)>();
        var known = open.Select(d => (d.Article, d.Draft)).ToHashSet();
        foreach (var (article, draft) in resolution.DraftEntities.Keys.Where(k => !known.Contains(k)))
        {
            decided.AddRange(await SqliteSql.ReadAllAsync(
                connection,
                transaction,
                "SELECT article_id, draft, anchor, entity_id, by_context FROM drafts WHERE article_id = $a AND draft = $d AND by_context = 0",
                ReadPlacement,
                cancellationToken,
                ("$a", article),
                ("$d", draft)).ConfigureAwait(false));
        }

        var moves = new List<(string Article, int Draft, string? From, EntityId To, bool ByContext)>();
        foreach (var draft in drafts.Concat(open).Concat(decided).DistinctBy(d => (d.Article, d.Draft)))
        {
            var byContext = resolution.DraftEntities.TryGetValue((draft.Article, draft.Draft), out var target);
            if (!byContext && !resolution.GroupEntities.TryGetValue(draft.Anchor, out target))
            {
                continue;
            }

            if (draft.Entity != target.Value || draft.ByContext != byContext)
            {
                moves.Add((draft.Article, draft.Draft, draft.Entity, target, byContext));
            }
        }

        return new ResolutionPlan(anchors, resolution, oldGroups, changedGroups, moves);
    }

    private static (string Article, int Draft, string Anchor, string? Entity, bool ByContext) ReadPlacement(SqliteDataReader r) =>
        (r.GetString(0), r.GetInt32(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetInt32(4) == 1);

    /// <summary>Writes a block's resolution and says what it changed.</summary>
    /// <param name="plan">The plan <see cref="PlanAsync"/> made.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>What changed.</returns>
    public async Task<ResolutionOutcome> ApplyAsync(ResolutionPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (anchors, resolution, oldGroups, changedGroups, moves) = (plan.Anchors, plan.Resolution, plan.OldGroups, plan.ChangedGroups, plan.Moves);
        // Only the groups whose entity changed are written: a block is resolved again whenever one of its groups is
        // touched, and most of its groups keep their entity.
        foreach (var anchor in changedGroups)
        {
            await ExecuteAsync("UPDATE name_groups SET entity_id = $e WHERE anchor = $a", cancellationToken, ("$a", anchor), ("$e", resolution.GroupEntities[anchor].Value)).ConfigureAwait(false);
        }

        await SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "UPDATE drafts SET entity_id = $e, by_context = $c WHERE article_id = $a AND draft = $d",
            moves,
            m => [("$e", m.To.Value), ("$c", m.ByContext ? 1 : 0), ("$a", m.Article), ("$d", m.Draft)],
            cancellationToken).ConfigureAwait(false);

        var oldIds = oldGroups.Values.OfType<string>().Concat(moves.Select(m => m.From).OfType<string>()).Select(v => new EntityId(v)).ToHashSet();
        var newIds = resolution.Entities.Select(e => e.Id).ToHashSet();
        var redirects = await RedirectAsync(oldIds.Where(id => !newIds.Contains(id)).ToList(), moves, cancellationToken).ConfigureAwait(false);
        await WriteEntitiesAsync(oldIds, resolution, cancellationToken).ConfigureAwait(false);
        await WriteDecisionsAsync(anchors, resolution, cancellationToken).ConfigureAwait(false);

        var touched = new HashSet<EntityId>(moves.Select(m => m.To));
        touched.UnionWith(moves.Select(m => m.From).OfType<string>().Select(v => new EntityId(v)));
        touched.UnionWith(changedGroups.Select(a => resolution.GroupEntities[a]));
        touched.UnionWith(oldIds.Where(id => !newIds.Contains(id)));
        return new ResolutionOutcome(touched, moves.Select(m => m.Article).ToHashSet(StringComparer.Ordinal), redirects);
    }

    private async Task<Dictionary<EntityId, EntityId>> RedirectAsync(List<EntityId> gone, IReadOnlyList<(string Article, int Draft, string? From, EntityId To, bool ByContext)> moves, CancellationToken cancellationToken)
    {
        var redirects = new Dictionary<EntityId, EntityId>();
        foreach (var id in gone)
        {
            // An id that goes points to the entity that took most of its drafts (ties to the smaller id).
            var target = moves.Where(m => m.From == id.Value).GroupBy(m => m.To).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (EntityId?)g.Key).FirstOrDefault();
            if (target is not { } to)
            {
                continue;
            }

            redirects[id] = to;
            await ExecuteAsync("INSERT INTO redirects (old_id, new_id) VALUES ($o, $n) ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id", cancellationToken, ("$o", id.Value), ("$n", to.Value)).ConfigureAwait(false);
            await ExecuteAsync("UPDATE redirects SET new_id = $n WHERE new_id = $o", cancellationToken, ("$o", id.Value), ("$n", to.Value)).ConfigureAwait(false);
        }

        return redirects;
    }

    private async Task WriteEntitiesAsync(HashSet<EntityId> oldIds, ComponentResolution resolution, CancellationToken cancellationToken)
    {
        // Rows are compared with what is stored, so that resolving a block again writes only the entities it changed.
        var newIds = resolution.Entities.Select(e => e.Id).ToHashSet();
        var stored = (await ReadInAsync(
            "SELECT id, name, type, aliases, cluster FROM entities WHERE id IN",
            [.. oldIds.Concat(newIds).Select(id => id.Value)],
            r => (Id: r.GetString(0), Row: (r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4))),
            cancellationToken).ConfigureAwait(false)).ToDictionary(e => e.Id, e => e.Row, StringComparer.Ordinal);
        await SqliteSql.InsertRowsAsync(connection, transaction, "DELETE FROM entities WHERE id = $id", oldIds.Where(id => !newIds.Contains(id) && stored.ContainsKey(id.Value)).ToList(), id => [("$id", id.Value)], cancellationToken).ConfigureAwait(false);
        var changed = resolution.Entities
            .Select(e => (e.Id, Row: (e.Name, GraphVocabulary.Label(e.Kind), StoreText.List(e.Aliases), e.Key)))
            .Where(e => !stored.TryGetValue(e.Id.Value, out var row) || row != e.Row)
            .ToList();
        await SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "INSERT INTO entities (id, name, type, aliases, cluster) VALUES ($id, $name, $type, $aliases, $cluster) ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases, cluster = excluded.cluster",
            changed,
            e => [("$id", e.Id.Value), ("$name", e.Row.Name), ("$type", e.Row.Item2), ("$aliases", e.Row.Item3), ("$cluster", e.Row.Key)],
            cancellationToken).ConfigureAwait(false);

        // A live id is no longer a redirect (an entity that comes back after a split); an id that was live already is none.
        await SqliteSql.InsertRowsAsync(connection, transaction, "DELETE FROM redirects WHERE old_id = $id", newIds.Where(id => !stored.ContainsKey(id.Value)).ToList(), id => [("$id", id.Value)], cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteDecisionsAsync(IReadOnlySet<string> anchors, ComponentResolution resolution, CancellationToken cancellationToken)
    {
        // Rewriting only what changed keeps a write proportional to what it changes, not to the size of the groups
        // (an ambiguous surname has one decision per article that wrote it).
        var existing = (await ReadInAsync(
            "SELECT anchor, article_id, draft, entity_id, name, rule, detail FROM resolution WHERE anchor IN",
            anchors,
            r => (Key: (r.GetString(0), r.GetString(1), r.GetInt32(2)), Row: (r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6))),
            cancellationToken).ConfigureAwait(false)).ToDictionary(d => d.Key, d => d.Row);
        var wanted = resolution.Decisions.ToDictionary(d => (d.Anchor, d.ArticleId ?? string.Empty, d.Draft), d => (d.Entity.Value, d.Name, d.Rule, d.Detail));
        await SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "DELETE FROM resolution WHERE anchor = $a AND article_id = $article AND draft = $d",
            existing.Keys.Where(k => !wanted.ContainsKey(k)).ToList(),
            k => [("$a", k.Item1), ("$article", k.Item2), ("$d", k.Item3)],
            cancellationToken).ConfigureAwait(false);
        await SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "INSERT OR REPLACE INTO resolution (anchor, article_id, draft, entity_id, name, rule, detail) VALUES ($a, $article, $d, $e, $n, $r, $detail)",
            wanted.Where(w => !existing.TryGetValue(w.Key, out var row) || row != w.Value).ToList(),
            w => [("$a", w.Key.Item1), ("$article", w.Key.Item2), ("$d", w.Key.Item3), ("$e", w.Value.Item1), ("$n", w.Value.Item2), ("$r", w.Value.Item3), ("$detail", w.Value.Item4)],
            cancellationToken).ConfigureAwait(false);
    }
}
