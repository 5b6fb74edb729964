using GraphBuilder.Graph.Storage.Relational;
using System.Text;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Queries;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// The explorer's reads over read-only connections: each answer reads only the rows around what was asked (an entity's
/// drafts, an article's rows), through the indexes on drafts by entity and on facts by article, and stops at fixed caps.
/// </summary>
internal sealed partial class SqliteGraphQueries(SqliteReadConnections connections) : IGraphQueries
{
    /// <summary>The most entities a search ranks; a text as short as one letter matches more, of which these are read.</summary>
    private const int SearchCandidates = 400;

    /// <summary>The most entities the typo-tolerant pass adds.</summary>
    private const int ApproximateCandidates = 100;

    /// <inheritdoc/>
    public async Task<ResultPage<EntityMatch>> SearchAsync(EntitySearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var text = search.Text.Trim();
        if (text.Length == 0)
        {
            return new ResultPage<EntityMatch>([], search.Page.Offset, false);
        }

        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var type = search.Type is { } kind ? GraphVocabulary.Label(kind) : string.Empty;
            var redirect = await FollowRedirectsAsync(connection, text, cancellationToken).ConfigureAwait(false);
            var escaped = EscapeLike(text);
            var candidates = await SqliteSql.ReadAllAsync(
                connection,
                null,
                """
                SELECT id, name, type, aliases FROM entities
                WHERE (name LIKE $prefix ESCAPE '\' OR name LIKE $word ESCAPE '\' OR name LIKE $part ESCAPE '\'
                       OR aliases LIKE $alias ESCAPE '\' OR aliases LIKE $word ESCAPE '\' OR id LIKE $prefix ESCAPE '\' OR id = $redirect)
                  AND ($type = '' OR type = $type)
                LIMIT $cap
                """,
                ReadCandidate,
                cancellationToken,
                ("$prefix", escaped + "%"),
                ("$word", "% " + escaped + "%"),
                ("$part", "%-" + escaped + "%"),
                ("$alias", "%\"" + escaped + "%"),
                ("$redirect", redirect ?? string.Empty),
                ("$type", type),
                ("$cap", SearchCandidates)).ConfigureAwait(false);
            var wanted = search.Page.Offset + search.Page.Limit + 1;
            var approximate = new List<(string Id, string Name, string Type, string[] Aliases)>();
            if (candidates.Count < wanted && text.Length >= 4)
            {
                var found = candidates.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
                approximate = (await ApproximateAsync(connection, text, type, cancellationToken).ConfigureAwait(false))
                    .Where(c => !found.Contains(c.Id)).ToList();
            }

            var counts = await CountArticlesAsync(connection, [.. candidates.Concat(approximate).Select(c => c.Id)], cancellationToken).ConfigureAwait(false);
            var ranked = candidates.Select(c => Match(c, counts, approximate: false))
                .OrderByDescending(m => m.Articles).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.Id)
                .Concat(approximate.Select(c => Match(c, counts, approximate: true))
                    .OrderByDescending(m => m.Articles).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.Id))
                .Where(m => m.Articles > 0)
                .Skip(search.Page.Offset)
                .Take(search.Page.Limit + 1)
                .ToList();
            var hasMore = ranked.Count > search.Page.Limit;
            return new ResultPage<EntityMatch>(hasMore ? ranked[..search.Page.Limit] : ranked, search.Page.Offset, hasMore);
        }
    }

    private static (string Id, string Name, string Type, string[] Aliases) ReadCandidate(SqliteDataReader r) =>
        (r.GetString(0), r.GetString(1), r.GetString(2), StoreText.ParseList(r.GetString(3)));

    private static EntityMatch Match((string Id, string Name, string Type, string[] Aliases) candidate, Dictionary<string, int> counts, bool approximate) =>
        new(new EntityId(candidate.Id), candidate.Name, Kind(candidate.Type), candidate.Aliases, counts.GetValueOrDefault(candidate.Id), approximate);

    /// <summary>The typo-tolerant pass: one scan of the names, for a text long enough that one edit is a typo.</summary>
    private static async Task<List<(string Id, string Name, string Type, string[] Aliases)>> ApproximateAsync(
        SqliteConnection connection,
        string text,
        string type,
        CancellationToken cancellationToken)
    {
        var matches = new List<(string, string, string, string[])>();
        var query = text.ToLowerInvariant();
        using var command = SqliteSql.Command(connection, null, "SELECT id, name, type, aliases FROM entities WHERE $type = '' OR type = $type", ("$type", type));
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (matches.Count < ApproximateCandidates && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var name = reader.GetString(1);
                var aliases = reader.GetString(3);
                if (NameTypos.AnyWordNear(query, name) || (aliases.Length > 2 && NameTypos.AnyWordNear(query, aliases)))
                {
                    matches.Add((reader.GetString(0), name, reader.GetString(2), StoreText.ParseList(aliases)));
                }
            }
        }

        return matches;
    }

    /// <summary>
    /// The number of articles that mention each entity, what answers rank by: it reads the index of drafts by entity
    /// only, where counting mentions would read every mention of every entity ranked (30 times slower on hubs).
    /// </summary>
    private static async Task<Dictionary<string, int>> CountArticlesAsync(SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(400))
        {
            var (list, parameters) = SqliteSql.InList("$e", chunk);
            var rows = await SqliteSql.ReadAllAsync(
                connection,
                null,
                $"SELECT entity_id, COUNT(DISTINCT article_id) FROM drafts WHERE entity_id IN ({list}) GROUP BY entity_id",
                r => (Id: r.GetString(0), Count: r.GetInt32(1)),
                cancellationToken,
                parameters).ConfigureAwait(false);
            foreach (var (id, count) in rows)
            {
                counts[id] = count;
            }
        }

        return counts;
    }

    /// <summary>Follows an id's redirects (a merge of merges makes a chain) to the id it is now.</summary>
    private static async Task<string?> FollowRedirectsAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        string? now = null;
        var current = id;
        for (var hop = 0; hop < 16; hop++)
        {
            var next = await SqliteSql.ReadAllAsync(connection, null, "SELECT new_id FROM redirects WHERE old_id = $id", r => r.GetString(0), cancellationToken, ("$id", current)).ConfigureAwait(false);
            if (next.Count == 0 || next[0] == current)
            {
                break;
            }

            now = current = next[0];
        }

        return now;
    }

    private static async Task<Dictionary<string, EntityReference>> ReadReferencesAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var references = new Dictionary<string, EntityReference>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(400))
        {
            var (list, parameters) = SqliteSql.InList("$e", chunk);
#pragma warning disable CA2100 // The statement is a constant; the ids go in parameters.
            var rows = await SqliteSql.ReadAllAsync(connection, null, $"SELECT id, name, type FROM entities WHERE id IN ({list})", r => new EntityReference(new EntityId(r.GetString(0)), r.GetString(1), Kind(r.GetString(2))), cancellationToken, parameters).ConfigureAwait(false);
#pragma warning restore CA2100
            foreach (var reference in rows)
            {
                references[reference.Id.Value] = reference;
            }
        }

        return references;
    }

    private static EntityKind Kind(string label) => GraphVocabulary.TryParseLabel(label, out var kind) ? kind : EntityKind.Other;

    private static string EscapeLike(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
