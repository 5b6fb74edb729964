using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Resolution inside a write transaction: keeps the name groups' counts as drafts come and go, answers
/// <see cref="BlockResolution"/>'s reads under the locks of what it reads (<see cref="PostgresLocks"/>), and writes a
/// block's resolution back: each draft's entity, the entities, the redirects of ids that disappear, and the decisions.
/// </summary>
internal sealed partial class PostgresResolution(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresLocks locks) : IResolutionStore
{
    private static readonly IReadOnlyDictionary<string, int> NoCounts = new Dictionary<string, int>();

    private static readonly string[] GroupTables = ["name_groups", "group_forms", "group_acronyms", "group_neighbours", "group_sources", "resolution"];

    /// <summary>Adds drafts just written (one article's or a batch's) to their groups' counts.</summary>
    /// <returns>The anchors of the groups.</returns>
    public Task<IReadOnlyList<string>> AddDraftsAsync(IReadOnlyList<StoredDraft> drafts, CancellationToken cancellationToken) => CountDraftsAsync(drafts, +1, cancellationToken);

    /// <summary>Takes an article's drafts out of their groups' counts (before the article is deleted).</summary>
    /// <returns>The anchors of the groups.</returns>
    public async Task<IReadOnlyList<string>> RemoveDraftsAsync(string articleId, CancellationToken cancellationToken) =>
        await CountDraftsAsync(await DraftsOfAsync(articleId, cancellationToken).ConfigureAwait(false), -1, cancellationToken).ConfigureAwait(false);

    /// <summary>Writes each group's blocking keys again from its counts; an empty group goes, with its counts.</summary>
    public async Task RefreshGroupsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken)
    {
        await locks.TakeAsync(anchors.Select(PostgresLocks.Anchor), cancellationToken).ConfigureAwait(false);
        var groups = (await GroupsAsync(anchors, cancellationToken).ConfigureAwait(false)).ToDictionary(g => g.Anchor, StringComparer.Ordinal);
        var existing = (await ReadInAsync("SELECT anchor, key FROM group_keys WHERE anchor = ANY(@p)", anchors, r => (Anchor: r.GetString(0), Key: r.GetString(1)), cancellationToken).ConfigureAwait(false))
            .ToHashSet();

        // Keys rarely change when a group gains a draft: write only the difference, under the locks of the keys, since
        // a key that comes or goes changes which groups share a block.
        var wanted = groups.Values.SelectMany(g => GroupKeys.For(g).Select(k => (g.Anchor, Key: k))).ToHashSet();
        var gone = existing.Where(k => !wanted.Contains(k)).ToList();
        var added = wanted.Where(k => !existing.Contains(k)).ToList();
        await locks.TakeAsync(gone.Concat(added).Select(k => PostgresLocks.Key(k.Key)), cancellationToken).ConfigureAwait(false);
        var empty = anchors.Where(a => !groups.ContainsKey(a)).Distinct(StringComparer.Ordinal).ToArray();
        await PgSql.ExecuteBatchAsync(
            connection,
            transaction,
            cancellationToken,
            [
                gone.Count == 0 ? null : new PgStatement(
                    "DELETE FROM group_keys g USING unnest(@a, @k) AS x(anchor, key) WHERE g.anchor = x.anchor AND g.key = x.key",
                    ("a", gone.Select(k => k.Anchor).ToArray()),
                    ("k", gone.Select(k => k.Key).ToArray())),
                added.Count == 0 ? null : new PgStatement(
                    "INSERT INTO group_keys (anchor, key) SELECT * FROM unnest(@a, @k) ON CONFLICT DO NOTHING",
                    ("a", added.Select(k => k.Anchor).ToArray()),
                    ("k", added.Select(k => k.Key).ToArray())),
                .. empty.Length == 0 ? [] : GroupTables.Select(table => (PgStatement?)new PgStatement($"DELETE FROM {table} WHERE anchor = ANY(@a)", ("a", empty))),
            ]).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> KeysOfAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken)
    {
        await locks.TakeAsync(anchors.Select(PostgresLocks.Anchor), cancellationToken).ConfigureAwait(false);
        return await ReadInAsync("SELECT DISTINCT key FROM group_keys WHERE anchor = ANY(@p)", anchors, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> AnchorsWithKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        // The keys first: then no group can join or leave them until this transaction ends.
        await locks.TakeAsync(keys.Select(PostgresLocks.Key), cancellationToken).ConfigureAwait(false);
        var anchors = await ReadInAsync("SELECT DISTINCT anchor FROM group_keys WHERE key = ANY(@p)", keys, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        await locks.TakeAsync(anchors.Select(PostgresLocks.Anchor), cancellationToken).ConfigureAwait(false);
        return anchors;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<NameGroup>> GroupsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken)
    {
        await locks.TakeAsync(anchors.Select(PostgresLocks.Anchor), cancellationToken).ConfigureAwait(false);
        var values = anchors.Distinct(StringComparer.Ordinal).ToArray();
        var rows = new List<(string Anchor, int Drafts, IReadOnlyDictionary<EntityKind, long> Kinds)>();
        var forms = new CountRows();
        var acronyms = new CountRows();
        await PgSql.ReadBatchAsync(
            connection,
            transaction,
            cancellationToken,
            (new PgStatement("SELECT anchor, drafts, kinds FROM name_groups WHERE drafts > 0 AND anchor = ANY(@p)", ("p", values)), r => rows.Add((r.GetString(0), r.GetInt32(1), StoreText.ParseWeights(r.GetString(2))))),
            (new PgStatement("SELECT anchor, form, count FROM group_forms WHERE anchor = ANY(@p)", ("p", values)), forms.Read),
            (new PgStatement("SELECT anchor, acronym, count FROM group_acronyms WHERE anchor = ANY(@p)", ("p", values)), acronyms.Read)).ConfigureAwait(false);
        return [.. rows.Select(r => new NameGroup(r.Anchor, r.Kinds, forms.Of(r.Anchor) ?? NoCounts, acronyms.Of(r.Anchor) ?? NoCounts, r.Drafts))];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, GroupContext>> ContextsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken)
    {
        await locks.TakeAsync(anchors.Select(PostgresLocks.Anchor), cancellationToken).ConfigureAwait(false);
        var values = anchors.Distinct(StringComparer.Ordinal).ToArray();
        var neighbours = new CountRows();
        var sources = new CountRows();
        await PgSql.ReadBatchAsync(
            connection,
            transaction,
            cancellationToken,
            (new PgStatement("SELECT anchor, neighbour, count FROM group_neighbours WHERE anchor = ANY(@p)", ("p", values)), neighbours.Read),
            (new PgStatement("SELECT anchor, source, count FROM group_sources WHERE anchor = ANY(@p)", ("p", values)), sources.Read)).ConfigureAwait(false);
        return anchors.Distinct(StringComparer.Ordinal).ToDictionary(
            a => a,
            a => new GroupContext(neighbours.Of(a) ?? NoCounts, sources.Of(a) ?? NoCounts),
            StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DraftInGroup>>> DraftsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken)
    {
        await locks.TakeAsync(anchors.Select(PostgresLocks.Anchor), cancellationToken).ConfigureAwait(false);
        var drafts = await ReadInAsync($"SELECT {StoredDraft.Columns} FROM drafts WHERE anchor = ANY(@p)", anchors, r => StoredDraft.Read(r).ToDraftInGroup(), cancellationToken).ConfigureAwait(false);
        return drafts.GroupBy(d => d.Anchor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<DraftInGroup>)[.. g], StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> HoldersAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken)
    {
        // The ids first: another block that would give one of them waits, then finds this block holding it.
        var values = ids.Select(i => i.Value).Distinct(StringComparer.Ordinal).ToArray();
        await locks.TakeAsync(values.Select(PostgresLocks.Entity), cancellationToken).ConfigureAwait(false);
        var holders = new SortedSet<string>(StringComparer.Ordinal);
        await PgSql.ReadBatchAsync(
            connection,
            transaction,
            cancellationToken,
            (new PgStatement("SELECT anchor FROM name_groups WHERE entity_id = ANY(@p)", ("p", values)), r => holders.Add(r.GetString(0))),
            (new PgStatement("SELECT DISTINCT anchor FROM drafts WHERE by_context AND entity_id = ANY(@p)", ("p", values)), r => holders.Add(r.GetString(0)))).ConfigureAwait(false);
        await locks.TakeAsync(holders.Select(PostgresLocks.Anchor), cancellationToken).ConfigureAwait(false);
        return [.. holders];
    }

    private Task<List<StoredDraft>> DraftsOfAsync(string articleId, CancellationToken cancellationToken) =>
        PgSql.ReadAllAsync(connection, transaction, $"SELECT {StoredDraft.Columns} FROM drafts WHERE article_id = @id", StoredDraft.Read, cancellationToken, ("id", articleId));

    private async Task<IReadOnlyList<string>> CountDraftsAsync(IReadOnlyList<StoredDraft> stored, int sign, CancellationToken cancellationToken)
    {
        var drafts = stored.Select(d => (Draft: d.ToDraftInGroup(), Acronyms: StoreText.ParseList(d.Acronyms))).ToList();
        var anchors = drafts.Select(d => d.Draft.Anchor).Distinct(StringComparer.Ordinal).ToList();
        await locks.TakeAsync(anchors.Select(PostgresLocks.Anchor), cancellationToken).ConfigureAwait(false);
        var groups = await CountGroupsAsync([.. drafts.Select(d => d.Draft)], sign, cancellationToken).ConfigureAwait(false);

        // One statement a table for all the drafts: the counts are summed here first, since drafts may share an anchor.
        var forms = new GroupCounts();
        var acronyms = new GroupCounts();
        var neighbours = new GroupCounts();
        var sources = new GroupCounts();
        foreach (var (draft, draftAcronyms) in drafts)
        {
            forms.Add(draft.Anchor, draft.Forms.Select(f => (f.Key, f.Value)));
            acronyms.Add(draft.Anchor, draftAcronyms.Distinct(StringComparer.Ordinal).Select(a => (a, 1)));
            neighbours.Add(draft.Anchor, draft.Context.Distinct(StringComparer.Ordinal).Where(c => c != draft.Anchor).Select(c => (c, 1)));
            if (draft.Source is { } source)
            {
                sources.Add(draft.Anchor, [(source, 1)]);
            }
        }

        await PgSql.ExecuteBatchAsync(
            connection,
            transaction,
            cancellationToken,
            [
                groups,
                .. Count("group_forms", "form", forms, sign),
                .. Count("group_acronyms", "acronym", acronyms, sign),
                .. Count("group_neighbours", "neighbour", neighbours, sign),
                .. Count("group_sources", "source", sources, sign),
            ]).ConfigureAwait(false);
        return anchors;
    }

    private async Task<PgStatement?> CountGroupsAsync(IReadOnlyList<DraftInGroup> drafts, int sign, CancellationToken cancellationToken)
    {
        if (drafts.Count == 0)
        {
            return null;
        }

        var groups = (await ReadInAsync("SELECT anchor, drafts, kinds FROM name_groups WHERE anchor = ANY(@p)", [.. drafts.Select(d => d.Anchor)], r => (Anchor: r.GetString(0), Drafts: r.GetInt32(1), Kinds: StoreText.ParseWeights(r.GetString(2))), cancellationToken).ConfigureAwait(false))
            .ToDictionary(g => g.Anchor, g => (g.Drafts, Kinds: g.Kinds.ToDictionary()), StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var (count, kinds) = groups.TryGetValue(draft.Anchor, out var group) ? group : (0, []);
            foreach (var (kind, weight) in draft.KindWeights)
            {
                kinds[kind] = kinds.GetValueOrDefault(kind) + (sign * weight);
            }

            groups[draft.Anchor] = (count + sign, kinds);
        }

        var rows = groups.OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        return new PgStatement(
            "INSERT INTO name_groups (anchor, drafts, kinds) SELECT * FROM unnest(@a, @d, @k) "
            + "ON CONFLICT (anchor) DO UPDATE SET drafts = excluded.drafts, kinds = excluded.kinds",
            ("a", rows.Select(g => g.Key).ToArray()),
            ("d", rows.Select(g => g.Value.Drafts).ToArray()),
            ("k", rows.Select(g => StoreText.Weights(g.Value.Kinds.Where(k => k.Value != 0))).ToArray()));
    }

    private static IEnumerable<PgStatement> Count(string table, string column, GroupCounts counts, int sign)
    {
        if (counts.IsEmpty)
        {
            yield break;
        }

        var rows = counts.Rows(sign).ToList();
        var anchors = rows.Select(r => r.Anchor).ToArray();
        var values = rows.Select(r => r.Value).ToArray();
        yield return new PgStatement(
            $"INSERT INTO {table} AS t (anchor, {column}, count) SELECT * FROM unnest(@a, @v, @c) "
            + $"ON CONFLICT (anchor, {column}) DO UPDATE SET count = t.count + excluded.count",
            ("a", anchors),
            ("v", values),
            ("c", rows.Select(r => r.Count).ToArray()));
        if (sign < 0)
        {
            // Only a removal can bring a count to zero, and a zero count is no row.
            yield return new PgStatement(
                $"DELETE FROM {table} t USING unnest(@a, @v) AS x(anchor, value) WHERE t.anchor = x.anchor AND t.{column} = x.value AND t.count <= 0",
                ("a", anchors),
                ("v", values));
        }
    }

    private async Task<IReadOnlyList<T>> ReadInAsync<T>(string select, IReadOnlyCollection<string> values, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return [];
        }

        return await PgSql.ReadAllAsync(connection, transaction, select, read, cancellationToken, ("p", values.Distinct(StringComparer.Ordinal).ToArray())).ConfigureAwait(false);
    }

    private Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        PgSql.ExecuteAsync(connection, transaction, sql, cancellationToken, parameters);
}
