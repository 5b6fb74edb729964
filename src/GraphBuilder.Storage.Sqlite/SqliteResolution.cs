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

    private const string DraftColumns = "article_id, draft, anchor, name, kind, forms, kinds, acronyms, aliases, context, source";

    /// <summary>Adds an article's drafts to their groups' counts.</summary>
    /// <returns>The anchors of the groups.</returns>
    public Task<IReadOnlyList<string>> AddDraftsAsync(string articleId, CancellationToken cancellationToken) => CountDraftsAsync(articleId, +1, cancellationToken);

    /// <summary>Takes an article's drafts out of their groups' counts (before the article is deleted).</summary>
    /// <returns>The anchors of the groups.</returns>
    public Task<IReadOnlyList<string>> RemoveDraftsAsync(string articleId, CancellationToken cancellationToken) => CountDraftsAsync(articleId, -1, cancellationToken);

    /// <summary>Writes each group's blocking keys again from its counts; an empty group goes, with its counts.</summary>
    public async Task RefreshGroupsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken)
    {
        var groups = (await GroupsAsync(anchors, cancellationToken).ConfigureAwait(false)).ToDictionary(g => g.Anchor, StringComparer.Ordinal);
        foreach (var anchor in anchors)
        {
            await ExecuteAsync("DELETE FROM group_keys WHERE anchor = $a", cancellationToken, ("$a", anchor)).ConfigureAwait(false);
            if (groups.TryGetValue(anchor, out var group))
            {
                await SqliteSql.InsertRowsAsync(connection, transaction, "INSERT OR IGNORE INTO group_keys (key, anchor) VALUES ($k, $a)", GroupKeys.For(group), k => [("$k", k), ("$a", anchor)], cancellationToken).ConfigureAwait(false);
                continue;
            }

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
        var drafts = await ReadInAsync($"SELECT {DraftColumns} FROM drafts WHERE anchor IN", anchors, ReadDraft, cancellationToken).ConfigureAwait(false);
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

    private static DraftInGroup ReadDraft(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetInt32(1),
        r.GetString(2),
        StoreText.ParseWeights(r.GetString(6)),
        StoreText.ParseCounts(r.GetString(5)),
        StoreText.ParseList(r.GetString(9)),
        r.IsDBNull(10) ? null : r.GetString(10));

    private async Task<IReadOnlyList<string>> CountDraftsAsync(string articleId, int sign, CancellationToken cancellationToken)
    {
        var drafts = await SqliteSql.ReadAllAsync(connection, transaction, $"SELECT {DraftColumns} FROM drafts WHERE article_id = $id", r => (Draft: ReadDraft(r), Acronyms: StoreText.ParseList(r.GetString(7))), cancellationToken, ("$id", articleId)).ConfigureAwait(false);
        foreach (var (draft, acronyms) in drafts)
        {
            await CountGroupAsync(draft, sign, cancellationToken).ConfigureAwait(false);
            await CountAsync("group_forms", "form", draft.Anchor, draft.Forms, sign, cancellationToken).ConfigureAwait(false);
            await CountAsync("group_acronyms", "acronym", draft.Anchor, acronyms.Distinct(StringComparer.Ordinal).Select(a => KeyValuePair.Create(a, 1)), sign, cancellationToken).ConfigureAwait(false);
            await CountAsync("group_neighbours", "neighbour", draft.Anchor, draft.Context.Distinct(StringComparer.Ordinal).Where(c => c != draft.Anchor).Select(c => KeyValuePair.Create(c, 1)), sign, cancellationToken).ConfigureAwait(false);
            if (draft.Source is { } source)
            {
                await CountAsync("group_sources", "source", draft.Anchor, [KeyValuePair.Create(source, 1)], sign, cancellationToken).ConfigureAwait(false);
            }
        }

        return [.. drafts.Select(d => d.Draft.Anchor).Distinct(StringComparer.Ordinal)];
    }

    private async Task CountGroupAsync(DraftInGroup draft, int sign, CancellationToken cancellationToken)
    {
        var existing = await SqliteSql.ReadAllAsync(connection, transaction, "SELECT drafts, kinds FROM name_groups WHERE anchor = $a", r => (Drafts: r.GetInt32(0), Kinds: StoreText.ParseWeights(r.GetString(1))), cancellationToken, ("$a", draft.Anchor)).ConfigureAwait(false);
        var kinds = existing.Count > 0 ? existing[0].Kinds.ToDictionary() : [];
        foreach (var (kind, weight) in draft.KindWeights)
        {
            kinds[kind] = kinds.GetValueOrDefault(kind) + (sign * weight);
        }

        var count = (existing.Count > 0 ? existing[0].Drafts : 0) + sign;
        await ExecuteAsync(
            "INSERT INTO name_groups (anchor, drafts, kinds) VALUES ($a, $n, $k) ON CONFLICT (anchor) DO UPDATE SET drafts = excluded.drafts, kinds = excluded.kinds",
            cancellationToken,
            ("$a", draft.Anchor),
            ("$n", count),
            ("$k", StoreText.Weights(kinds.Where(k => k.Value != 0)))).ConfigureAwait(false);
    }

    private async Task CountAsync(string table, string column, string anchor, IEnumerable<KeyValuePair<string, int>> counts, int sign, CancellationToken cancellationToken)
    {
        foreach (var (value, count) in counts)
        {
#pragma warning disable CA2100 // Table and column are constants of this class; values go in parameters.
            await ExecuteAsync($"INSERT INTO {table} (anchor, {column}, count) VALUES ($a, $v, $c) ON CONFLICT (anchor, {column}) DO UPDATE SET count = count + excluded.count", cancellationToken, ("$a", anchor), ("$v", value), ("$c", sign * count)).ConfigureAwait(false);
            await ExecuteAsync($"DELETE FROM {table} WHERE anchor = $a AND {column} = $v AND count <= 0", cancellationToken, ("$a", anchor), ("$v", value)).ConfigureAwait(false);
#pragma warning restore CA2100
        }
    }

    private async Task<Dictionary<string, IReadOnlyDictionary<string, int>>> CountsAsync(string select, IReadOnlyCollection<string> anchors, CancellationToken cancellationToken)
    {
        var rows = await ReadInAsync(select, anchors, r => (Anchor: r.GetString(0), Value: r.GetString(1), Count: r.GetInt32(2)), cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.Anchor, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, int>)g.ToDictionary(r => r.Value, r => r.Count, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<T>> ReadInAsync<T>(string select, IReadOnlyCollection<string> values, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        foreach (var chunk in values.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var (list, parameters) = SqliteSql.InList("$p", chunk);
#pragma warning disable CA2100 // The statements are constants of this class; values go in parameters.
            rows.AddRange(await SqliteSql.ReadAllAsync(connection, transaction, $"{select} ({list})", read, cancellationToken, parameters).ConfigureAwait(false));
#pragma warning restore CA2100
        }

        return rows;
    }

    private Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        SqliteSql.ExecuteAsync(connection, transaction, sql, cancellationToken, parameters);
}
