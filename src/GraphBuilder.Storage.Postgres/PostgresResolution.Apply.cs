using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <content>Writes a block's resolution: drafts to entities, the entities, redirects and decisions.</content>
internal sealed partial class PostgresResolution
{
    /// <summary>Works out which drafts a block's resolution moves to another entity, without writing anything.</summary>
    /// <param name="anchors">The block's anchors.</param>
    /// <param name="resolution">Its resolution.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The plan, for <see cref="ApplyAsync"/>.</returns>
    public async Task<ResolutionPlan> PlanAsync(IReadOnlySet<string> anchors, ComponentResolution resolution, CancellationToken cancellationToken)
    {
        var oldGroups = (await ReadInAsync("SELECT anchor, entity_id FROM name_groups WHERE anchor = ANY(@p)", anchors, r => (Anchor: r.GetString(0), Entity: r.IsDBNull(1) ? null : r.GetString(1)), cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Anchor, r => r.Entity, StringComparer.Ordinal);
        var changedGroups = resolution.GroupEntities.Where(g => oldGroups.GetValueOrDefault(g.Key) != g.Value.Value).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        // The drafts whose entity may change: every draft of a group whose entity changed, every draft context decides
        // (or decided) for, and the drafts no resolution has placed yet (a new article's). Any other draft stays with
        // its group's unchanged entity, so a write never reads a whole group it does not move.
        const string Placement = "SELECT d.article_id, d.draft, d.anchor, d.entity_id, d.by_context FROM drafts d";
        var drafts = new List<(string Article, int Draft, string Anchor, string? Entity, bool ByContext)>();
        var open = new List<(string Article, int Draft, string Anchor, string? Entity, bool ByContext)>();
        await PgSql.ReadBatchAsync(
            connection,
            transaction,
            cancellationToken,
            (new PgStatement($"{Placement} WHERE d.anchor = ANY(@p)", ("p", changedGroups.ToArray())), r => drafts.Add(ReadPlacement(r))),
            (new PgStatement($"{Placement} WHERE (d.entity_id IS NULL OR d.by_context) AND d.anchor = ANY(@p)", ("p", anchors.ToArray())), r => open.Add(ReadPlacement(r)))).ConfigureAwait(false);
        var known = open.Select(d => (d.Article, d.Draft)).ToHashSet();
        var unknown = resolution.DraftEntities.Keys.Where(k => !known.Contains(k)).ToList();
        var decided = unknown.Count == 0 ? [] : await PgSql.ReadAllAsync(
            connection,
            transaction,
            $"{Placement} JOIN unnest(@a, @d) AS x(article_id, draft) ON d.article_id = x.article_id AND d.draft = x.draft WHERE NOT d.by_context",
            ReadPlacement,
            cancellationToken,
            ("a", unknown.Select(k => k.ArticleId).ToArray()),
            ("d", unknown.Select(k => k.Draft).ToArray())).ConfigureAwait(false);

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

    private static (string Article, int Draft, string Anchor, string? Entity, bool ByContext) ReadPlacement(NpgsqlDataReader r) =>
        (r.GetString(0), r.GetInt32(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetBoolean(4));

    /// <summary>Writes a block's resolution and says what it changed, in one round trip after reading the decisions.</summary>
    /// <param name="plan">The plan <see cref="PlanAsync"/> made.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>What changed.</returns>
    public async Task<ResolutionOutcome> ApplyAsync(ResolutionPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (anchors, resolution, oldGroups, changedGroups, moves) = (plan.Anchors, plan.Resolution, plan.OldGroups, plan.ChangedGroups, plan.Moves);
        var oldIds = oldGroups.Values.OfType<string>().Concat(moves.Select(m => m.From).OfType<string>()).Select(v => new EntityId(v)).ToHashSet();
        var newIds = resolution.Entities.Select(e => e.Id).ToHashSet();
        var redirects = Redirects([.. oldIds.Where(id => !newIds.Contains(id))], moves);
        var decisions = await DecisionStatementsAsync(anchors, resolution, cancellationToken).ConfigureAwait(false);
        var groupRows = resolution.GroupEntities.OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var entities = resolution.Entities;
        await PgSql.ExecuteBatchAsync(
            connection,
            transaction,
            cancellationToken,
            [
                groupRows.Count == 0 ? null : new PgStatement(
                    "UPDATE name_groups g SET entity_id = x.entity_id FROM unnest(@a, @e) AS x(anchor, entity_id) WHERE g.anchor = x.anchor",
                    ("a", groupRows.Select(g => g.Key).ToArray()),
                    ("e", groupRows.Select(g => g.Value.Value).ToArray())),
                moves.Count == 0 ? null : new PgStatement(
                    "UPDATE drafts d SET entity_id = x.entity_id, by_context = x.by_context FROM unnest(@a, @d, @e, @c) AS x(article_id, draft, entity_id, by_context) "
                    + "WHERE d.article_id = x.article_id AND d.draft = x.draft",
                    ("a", moves.Select(m => m.Article).ToArray()),
                    ("d", moves.Select(m => m.Draft).ToArray()),
                    ("e", moves.Select(m => m.To.Value).ToArray()),
                    ("c", moves.Select(m => m.ByContext).ToArray())),
                .. RedirectStatements(redirects),
                oldIds.Count == 0 ? null : new PgStatement("DELETE FROM entities WHERE id = ANY(@ids)", ("ids", oldIds.Select(i => i.Value).ToArray())),
                entities.Count == 0 ? null : new PgStatement(
                    "INSERT INTO entities (id, name, type, aliases, cluster) SELECT * FROM unnest(@id, @name, @type, @aliases, @cluster) "
                    + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases, cluster = excluded.cluster",
                    ("id", entities.Select(e => e.Id.Value).ToArray()),
                    ("name", entities.Select(e => e.Name).ToArray()),
                    ("type", entities.Select(e => GraphVocabulary.Label(e.Kind)).ToArray()),
                    ("aliases", entities.Select(e => StoreText.List(e.Aliases)).ToArray()),
                    ("cluster", entities.Select(e => e.Key).ToArray())),

                // A live id is no longer a redirect (an entity that comes back after a split).
                entities.Count == 0 ? null : new PgStatement("DELETE FROM redirects WHERE old_id = ANY(@ids)", ("ids", entities.Select(e => e.Id.Value).ToArray())),
                .. decisions,
            ]).ConfigureAwait(false);

        var touched = new HashSet<EntityId>(moves.Select(m => m.To));
        touched.UnionWith(moves.Select(m => m.From).OfType<string>().Select(v => new EntityId(v)));
        touched.UnionWith(changedGroups.Select(a => resolution.GroupEntities[a]));
        touched.UnionWith(oldIds.Where(id => !newIds.Contains(id)));
        return new ResolutionOutcome(touched, moves.Select(m => m.Article).ToHashSet(StringComparer.Ordinal), redirects);
    }

    private static Dictionary<EntityId, EntityId> Redirects(List<EntityId> gone, IReadOnlyList<(string Article, int Draft, string? From, EntityId To, bool ByContext)> moves)
    {
        var redirects = new Dictionary<EntityId, EntityId>();
        foreach (var id in gone)
        {
            // An id that goes points to the entity that took most of its drafts (ties to the smaller id).
            var target = moves.Where(m => m.From == id.Value).GroupBy(m => m.To).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (EntityId?)g.Key).FirstOrDefault();
            if (target is { } to)
            {
                redirects[id] = to;
            }
        }

        return redirects;
    }

    private static IEnumerable<PgStatement?> RedirectStatements(Dictionary<EntityId, EntityId> redirects)
    {
        if (redirects.Count == 0)
        {
            yield break;
        }

        // A target is always a live entity of the block, never an id that went, so the set-based form is the same as
        // redirecting one id at a time: the new redirects, then the older ones that pointed at an id that went.
        var olds = redirects.Keys.Select(k => k.Value).ToArray();
        var news = redirects.Keys.Select(k => redirects[k].Value).ToArray();
        yield return new PgStatement(
            "INSERT INTO redirects (old_id, new_id) SELECT * FROM unnest(@o, @n) ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id",
            ("o", olds),
            ("n", news));
        yield return new PgStatement(
            "UPDATE redirects r SET new_id = x.new_id FROM unnest(@o, @n) AS x(old_id, new_id) WHERE r.new_id = x.old_id",
            ("o", olds),
            ("n", news));
    }

    private async Task<List<PgStatement?>> DecisionStatementsAsync(IReadOnlySet<string> anchors, ComponentResolution resolution, CancellationToken cancellationToken)
    {
        // Rewriting only what changed keeps a write proportional to what it changes, not to the size of the groups
        // (an ambiguous surname has one decision per article that wrote it).
        var existing = (await ReadInAsync(
            "SELECT anchor, article_id, draft, entity_id, name, rule, detail FROM resolution WHERE anchor = ANY(@p)",
            anchors,
            r => (Key: (r.GetString(0), r.GetString(1), r.GetInt32(2)), Row: (r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6))),
            cancellationToken).ConfigureAwait(false)).ToDictionary(d => d.Key, d => d.Row);
        var wanted = resolution.Decisions.ToDictionary(d => (d.Anchor, d.ArticleId ?? string.Empty, d.Draft), d => (d.Entity.Value, d.Name, d.Rule, d.Detail));
        var gone = existing.Keys.Where(k => !wanted.ContainsKey(k)).ToList();
        var changed = wanted.Where(w => !existing.TryGetValue(w.Key, out var row) || row != w.Value).ToList();
        return
        [
            gone.Count == 0 ? null : new PgStatement(
                "DELETE FROM resolution r USING unnest(@a, @article, @d) AS x(anchor, article_id, draft) WHERE r.anchor = x.anchor AND r.article_id = x.article_id AND r.draft = x.draft",
                ("a", gone.Select(k => k.Item1).ToArray()),
                ("article", gone.Select(k => k.Item2).ToArray()),
                ("d", gone.Select(k => k.Item3).ToArray())),
            changed.Count == 0 ? null : new PgStatement(
                "INSERT INTO resolution (anchor, article_id, draft, entity_id, name, rule, detail) SELECT * FROM unnest(@a, @article, @d, @e, @n, @r, @detail) "
                + "ON CONFLICT (anchor, article_id, draft) DO UPDATE SET entity_id = excluded.entity_id, name = excluded.name, rule = excluded.rule, detail = excluded.detail",
                ("a", changed.Select(w => w.Key.Item1).ToArray()),
                ("article", changed.Select(w => w.Key.Item2).ToArray()),
                ("d", changed.Select(w => w.Key.Item3).ToArray()),
                ("e", changed.Select(w => w.Value.Item1).ToArray()),
                ("n", changed.Select(w => w.Value.Item2).ToArray()),
                ("r", changed.Select(w => w.Value.Item3).ToArray()),
                ("detail", changed.Select(w => w.Value.Item4).ToArray())),
        ];
    }
}
