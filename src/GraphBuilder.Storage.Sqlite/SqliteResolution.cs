using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Resolution inside a write transaction: keeps the name groups' counts as drafts come and go, answers
/// <see cref="BlockResolution"/>'s reads, and writes a block's resolution back: each draft's entity, the entities,
/// the redirects of ids that disappear, and the decisions.
/// </summary>
internal sealed partial class SqliteResolution(SqliteConnection connection, SqliteTransaction transaction) : IResolutionStore
{
    private static readonly IReadOnlyDictionary<string, int> NoCounts = new Dictionary<string, int>();

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
        var groups = (await GroupsAsync(anchors, cancellationToken).ConfigureAwait(false)).ToDictionary(g => g.Anchor, StringComparer.Ordinal);
        var existing = (await ReadInAsync("SELECT anchor, key FROM group_keys WHERE anchor IN", anchors, r => (Anchor: r.GetString(0), Key: r.GetString(1)), cancellationToken).ConfigureAwait(false))
            .ToHashSet();

        // Keys rarely change when a group gains a draft: write only the difference.
        var wanted = groups.Values.SelectMany(g => GroupKeys.For(g).Select(k => (g.Anchor, Key: k))).ToHashSet();
        var gone = existing.Where(k => !wanted.Contains(k)).Select(k => new GroupCountRow(k.Anchor, k.Key, 0)).ToList();
        var added = wanted.Where(k => !existing.Contains(k)).Select(k => new GroupCountRow(k.Anchor, k.Key, 0)).ToList();
        if (gone.Count > 0)
        {
            await ExecuteAsync("DELETE FROM group_keys WHERE (anchor, key) IN (SELECT value ->> 0, value ->> 1 FROM json_each($rows))", cancellationToken, ("$rows", JsonRows.Of(gone))).ConfigureAwait(false);
        }

        if (added.Count > 0)
        {
            await ExecuteAsync("INSERT OR IGNORE INTO group_keys (anchor, key) SELECT value ->> 0, value ->> 1 FROM json_each($rows)", cancellationToken, ("$rows", JsonRows.Of(added))).ConfigureAwait(false);
        }

        foreach (var anchor in anchors.Where(a => !groups.ContainsKey(a)))
        {
            foreach (var table in (string[])["name_groups", "group_forms", "group_acronyms", "group_neighbours", "group_sources", "resolution"])
            {
#pragma warning disable CA2100 // The table names are constants of this method.
                await ExecuteAsync($"DELETE FROM {table} WHERE anchor = $a", cancellationToken, ("$a", anchor)).ConfigureAwait(false);
#pragma warning restore CA2100
            }
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> KeysOfAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken) =>
        ReadInAsync("SELECT DISTINCT key FROM group_keys WHERE anchor IN", anchors, r => r.GetString(0), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> AnchorsWithKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        ReadInAsync("SELECT DISTINCT anchor FROM group_keys WHERE key IN", keys, r => r.GetString(0), cancellationToken);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<NameGroup>> GroupsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken)
    {
        var rows = await ReadInAsync("SELECT anchor, drafts, kinds FROM name_groups WHERE drafts > 0 AND anchor IN", anchors, r => (Anchor: r.GetString(0), Drafts: r.GetInt32(1), Kinds: StoreText.ParseWeights(r.GetString(2))), cancellationToken).ConfigureAwait(false);
        var forms = await CountsAsync("SELECT anchor, form, count FROM group_forms WHERE anchor IN", anchors, cancellationToken).ConfigureAwait(false);
        var acronyms = await CountsAsync("SELECT anchor, acronym, count FROM group_acronyms WHERE anchor IN", anchors, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new NameGroup(r.Anchor, r.Kinds, forms.GetValueOrDefault(r.Anchor) ?? NoCounts, acronyms.GetValueOrDefault(r.Anchor) ?? NoCounts, r.Drafts))];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, GroupContext>> ContextsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken)
    {
        var neighbours = await CountsAsync("SELECT anchor, neighbour, count FROM group_neighbours WHERE anchor IN", anchors, cancellationToken).ConfigureAwait(false);
        var sources = await CountsAsync("SELECT anchor, source, count FROM group_sources WHERE anchor IN", anchors, cancellationToken).ConfigureAwait(false);
        return anchors.ToDictionary(
            a => a,
            a => new GroupContext(neighbours.GetValueOrDefault(a) ?? NoCounts, sources.GetValueOrDefault(a) ?? NoCounts),
            StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DraftInGroup>>> DraftsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken)
    {
        var drafts = await ReadInAsync($"SELECT {StoredDraft.Columns} FROM drafts WHERE anchor IN", anchors, r => StoredDraft.Read(r).ToDraftInGroup(), cancellationToken).ConfigureAwait(false);
        return drafts.GroupBy(d => d.Anchor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<DraftInGroup>)[.. g], StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> HoldersAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken)
    {
        var values = ids.Select(i => i.Value).ToList();
        var groups = await ReadInAsync("SELECT anchor FROM name_groups WHERE entity_id IN", values, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        var drafts = await ReadInAsync("SELECT DISTINCT anchor FROM drafts WHERE by_context = 1 AND entity_id IN", values, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        return [.. groups.Union(drafts, StringComparer.Ordinal)];
    }

    private Task<List<StoredDraft>> DraftsOfAsync(string articleId, CancellationToken cancellationToken) =>
        SqliteSql.ReadAllAsync(connection, transaction, $"SELECT {StoredDraft.Columns} FROM drafts WHERE article_id = $id", StoredDraft.Read, cancellationToken, ("$id", articleId));

    private async Task<IReadOnlyList<string>> CountDraftsAsync(IReadOnlyList<StoredDraft> stored, int sign, CancellationToken cancellationToken)
    {
        var drafts = stored.Select(d => (Draft: d.ToDraftInGroup(), Acronyms: StoreText.ParseList(d.Acronyms))).ToList();
        await CountGroupsAsync([.. drafts.Select(d => d.Draft)], sign, cancellationToken).ConfigureAwait(false);

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

        await CountAsync("group_forms", "form", forms, sign, cancellationToken).ConfigureAwait(false);
        await CountAsync("group_acronyms", "acronym", acronyms, sign, cancellationToken).ConfigureAwait(false);
        await CountAsync("group_neighbours", "neighbour", neighbours, sign, cancellationToken).ConfigureAwait(false);
        await CountAsync("group_sources", "source", sources, sign, cancellationToken).ConfigureAwait(false);
        return [.. drafts.Select(d => d.Draft.Anchor).Distinct(StringComparer.Ordinal)];
    }

    private async Task CountGroupsAsync(IReadOnlyList<DraftInGroup> drafts, int sign, CancellationToken cancellationToken)
    {
        var groups = (await ReadInAsync("SELECT anchor, drafts, kinds FROM name_groups WHERE anchor IN", [.. drafts.Select(d => d.Anchor)], r => (Anchor: r.GetString(0), Drafts: r.GetInt32(1), Kinds: StoreText.ParseWeights(r.GetString(2))), cancellationToken).ConfigureAwait(false))
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

        var rows = groups.Select(g => new GroupCountRow(g.Key, StoreText.Weights(g.Value.Kinds.Where(k => k.Value != 0)), g.Value.Drafts));
        await ExecuteAsync(
            "INSERT INTO name_groups (anchor, drafts, kinds) SELECT value ->> 0, value ->> 2, value ->> 1 FROM json_each($rows) WHERE true "
            + "ON CONFLICT (anchor) DO UPDATE SET drafts = excluded.drafts, kinds = excluded.kinds",
            cancellationToken,
            ("$rows", JsonRows.Of(rows))).ConfigureAwait(false);
    }

    private async Task CountAsync(string table, string column, GroupCounts counts, int sign, CancellationToken cancellationToken)
    {
        if (counts.IsEmpty)
        {
            return;
        }

        var rows = JsonRows.Of(counts.Rows(sign));
#pragma warning disable CA2100 // Table and column are constants of this class; values go in parameters.
        await ExecuteAsync(
            $"INSERT INTO {table} (anchor, {column}, count) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows) WHERE true "
            + $"ON CONFLICT (anchor, {column}) DO UPDATE SET count = count + excluded.count",
            cancellationToken,
            ("$rows", rows)).ConfigureAwait(false);
        if (sign < 0)
        {
            // Only a removal can bring a count to zero, and a zero count is no row.
            await ExecuteAsync(
                $"DELETE FROM {table} WHERE count <= 0 AND (anchor, {column}) IN (SELECT value ->> 0, value ->> 1 FROM json_each($rows))",
                cancellationToken,
                ("$rows", rows)).ConfigureAwait(false);
        }
#pragma warning restore CA2100
    }

    private async Task<Dictionary<string, IReadOnlyDictionary<string, int>>> CountsAsync(string select, IReadOnlyCollection<string> anchors, CancellationToken cancellationToken)
    {
        var rows = await ReadInAsync(select, anchors, r => (Anchor: r.GetString(0), Value: r.GetString(1), Count: r.GetInt32(2)), cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.Anchor, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, int>)g.ToDictionary(r => r.Value, r => r.Count, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<T>> ReadInAsync<T>(string select, IReadOnlyCollection<string> values, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        values.Count == 0
            ? []
#pragma warning disable CA2100 // The statements are constants of this class; values go in parameters.
            : await SqliteSql.ReadAllAsync(connection, transaction, $"{select} (SELECT value FROM json_each($values))", read, cancellationToken, ("$values", JsonRows.Values(values.Distinct(StringComparer.Ordinal))))
                .ConfigureAwait(false);
#pragma warning restore CA2100

    private Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        SqliteSql.ExecuteAsync(connection, transaction, sql, cancellationToken, parameters);
}
