using System.Globalization;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Graph.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Reads the graph through resolution: each fact names an article's drafts and each draft's entity is what resolution
/// made of it; aggregates are computed from the articles' own facts, so they are always consistent. Also finds
/// entities by id, redirect, name or written form.
/// </summary>
internal sealed class SqliteGraphReader(SqliteDatabase database) : IGraphReader, IEntityCatalog
{
    private const string MentionsOfEntities = "SELECT m.article_id, d.entity_id, m.start, m.\"end\" FROM mentions m JOIN drafts d ON d.article_id = m.article_id AND d.draft = m.draft WHERE d.entity_id IS NOT NULL";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<EntityId>> FindAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var trimmed = text.Trim();
            var redirect = await RedirectAsync(connection, new EntityId(trimmed), cancellationToken).ConfigureAwait(false);
            var anchors = Enum.GetValues<EntityKind>().Select(k => NameAnchor.Of(trimmed, k)).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var (list, parameters) = SqliteSql.InList("$a", anchors.Count > 0 ? anchors : [string.Empty]);
            var ids = await SqliteSql.ReadAllAsync(
                connection,
                null,
                $"""
                SELECT e.id, (SELECT COUNT(*) FROM drafts d JOIN mentions m ON m.article_id = d.article_id AND m.draft = d.draft WHERE d.entity_id = e.id) AS n
                FROM entities e
                WHERE e.id = $text OR e.id = $redirect OR lower(e.name) = lower($text)
                   OR e.id IN (SELECT entity_id FROM name_groups WHERE anchor IN ({list}))
                   OR e.id IN (SELECT g.entity_id FROM group_forms f JOIN name_groups g ON g.anchor = f.anchor WHERE lower(f.form) = lower($text))
                ORDER BY n DESC, e.id
                """,
                r => new EntityId(r.GetString(0)),
                cancellationToken,
                [.. parameters, ("$text", trimmed), ("$redirect", redirect?.Value ?? string.Empty)]).ConfigureAwait(false);
            return ids;
        }
    }

    /// <inheritdoc/>
    public async Task<EntityId?> RedirectAsync(EntityId id, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await RedirectAsync(connection, id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task<GraphSnapshot> ReadGraphAsync(CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: true);
            await using (transaction.ConfigureAwait(false))
            {
                return new GraphSnapshot(
                    await ReadArticlesAsync(connection, transaction, null, cancellationToken).ConfigureAwait(false),
                    await ReadEntitiesAsync(connection, transaction, null, cancellationToken).ConfigureAwait(false),
                    await ReadMentionEdgesAsync(connection, transaction, null, cancellationToken).ConfigureAwait(false),
                    await ReadRelationsAsync(connection, transaction, null, cancellationToken).ConfigureAwait(false),
                    await ReadCoMentionsAsync(connection, transaction, null, cancellationToken).ConfigureAwait(false));
            }
        }
    }

    /// <inheritdoc/>
    public async Task<GraphChange> ReadChangeAsync(GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: true);
            await using (transaction.ConfigureAwait(false))
            {
                var articles = await ReadArticlesAsync(connection, transaction, changes.Articles, cancellationToken).ConfigureAwait(false);
                var entities = await ReadEntitiesAsync(connection, transaction, changes.Entities, cancellationToken).ConfigureAwait(false);
                var mentions = await ReadMentionEdgesAsync(connection, transaction, changes.Articles, cancellationToken).ConfigureAwait(false);
                var relations = await ReadRelationsAsync(connection, transaction, changes.Relations, cancellationToken).ConfigureAwait(false);
                var coMentions = await ReadCoMentionsAsync(connection, transaction, changes.CoMentions, cancellationToken).ConfigureAwait(false);

                var foundEntities = entities.Select(e => e.Id).ToHashSet();
                var foundRelations = relations.Select(r => new RelationKey(r.Source, r.Target, r.Type)).ToHashSet();
                var foundCoMentions = coMentions.Select(c => (c.Source, c.Target)).ToHashSet();
                return new GraphChange(
                    new GraphSnapshot(articles, entities, mentions, relations, coMentions),
                    [.. changes.Entities.Where(e => !foundEntities.Contains(e))],
                    [.. changes.Relations.Where(r => !foundRelations.Contains(r))],
                    [.. changes.CoMentions.Where(c => !foundCoMentions.Contains(c))]);
            }
        }
    }

    /// <inheritdoc/>
    public async Task<GraphStatistics> ReadStatisticsAsync(int top, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            async Task<Dictionary<string, int>> GroupAsync(string sql) =>
                (await SqliteSql.ReadAllAsync(connection, null, sql, r => (Key: r.GetString(0), Count: r.GetInt32(1)), cancellationToken).ConfigureAwait(false))
                    .ToDictionary(p => p.Key, p => p.Count, StringComparer.Ordinal);

            async Task<int> CountAsync(string sql) =>
                (await SqliteSql.ReadAllAsync(connection, null, sql, r => r.GetInt32(0), cancellationToken).ConfigureAwait(false))[0];

            var byType = await GroupAsync("SELECT type, COUNT(*) FROM entities GROUP BY type ORDER BY type").ConfigureAwait(false);
            var relationsByType = RelationCounts.ByType(await SqliteSql.ReadAllAsync(connection, null, SqliteJoins.RelationEnds, r => (r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken).ConfigureAwait(false));
            var ledger = (await GroupAsync("SELECT status, COUNT(*) FROM ledger GROUP BY status").ConfigureAwait(false))
                .Where(p => Enum.TryParse<ArticleStatus>(p.Key, ignoreCase: true, out _))
                .ToDictionary(p => Enum.Parse<ArticleStatus>(p.Key, ignoreCase: true), p => p.Value);
            var topIds = await SqliteSql.ReadAllAsync(
                connection,
                null,
                "SELECT d.entity_id FROM mentions m JOIN drafts d ON d.article_id = m.article_id AND d.draft = m.draft WHERE d.entity_id IS NOT NULL GROUP BY d.entity_id ORDER BY COUNT(*) DESC, d.entity_id LIMIT $top",
                r => new EntityId(r.GetString(0)),
                cancellationToken,
                ("$top", top)).ConfigureAwait(false);
            var topEntities = (await ReadEntitiesAsync(connection, null, topIds, cancellationToken).ConfigureAwait(false))
                .OrderByDescending(e => e.MentionCount).ThenBy(e => e.Id).ToList();
            return new GraphStatistics(
                await CountAsync("SELECT COUNT(*) FROM articles").ConfigureAwait(false),
                await CountAsync("SELECT COUNT(*) FROM entities").ConfigureAwait(false),
                relationsByType.Values.Sum(),
                await CountAsync($"SELECT COUNT(*) FROM ({SqliteJoins.CoMentionEnds})").ConfigureAwait(false),
                byType,
                relationsByType,
                ledger,
                topEntities);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<(string Article, ResolutionDecision Decision)>> ReadDecisionsAsync(EntityId entity, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Within each article, coreference; across articles, resolution: by group (no article) or by draft.
            var coreference = await SqliteSql.ReadAllAsync(
                connection,
                null,
                "SELECT c.article_id, c.name, 'coreference', c.detail FROM coreference c JOIN drafts d ON d.article_id = c.article_id AND d.draft = c.draft JOIN articles a ON a.id = c.article_id WHERE d.entity_id = $id ORDER BY a.ingested_at, c.article_id, c.seq",
                r => (r.GetString(0), new ResolutionDecision(entity, r.GetString(1), r.GetString(2), r.GetString(3))),
                cancellationToken,
                ("$id", entity.Value)).ConfigureAwait(false);
            var resolution = await SqliteSql.ReadAllAsync(
                connection,
                null,
                "SELECT article_id, name, rule, detail FROM resolution WHERE entity_id = $id ORDER BY article_id <> '', anchor, article_id, draft",
                r => (r.GetString(0), new ResolutionDecision(entity, r.GetString(1), r.GetString(2), r.GetString(3))),
                cancellationToken,
                ("$id", entity.Value)).ConfigureAwait(false);
            return [.. resolution, .. coreference];
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<EntityMentionInContext>> ReadMentionsAsync(EntityId entity, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await SqliteSql.ReadAllAsync(
                connection,
                null,
                """
                SELECT m.article_id, a.title, m.text, m.start, m."end", s.text FROM mentions m
                JOIN drafts d ON d.article_id = m.article_id AND d.draft = m.draft
                JOIN articles a ON a.id = m.article_id
                LEFT JOIN sentences s ON s.article_id = m.article_id AND s.sentence = m.sentence
                WHERE d.entity_id = $id
                ORDER BY COALESCE(a.published_at, a.ingested_at), m.article_id, m.start
                """,
                r => new EntityMentionInContext(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.IsDBNull(5) ? null : r.GetString(5)),
                cancellationToken,
                ("$id", entity.Value)).ConfigureAwait(false);
        }
    }

    private static async Task<EntityId?> RedirectAsync(SqliteConnection connection, EntityId id, CancellationToken cancellationToken)
    {
        var found = await SqliteSql.ReadAllAsync(connection, null, "SELECT new_id FROM redirects WHERE old_id = $id", r => r.GetString(0), cancellationToken, ("$id", id.Value)).ConfigureAwait(false);
        return found.Count > 0 ? new EntityId(found[0]) : null;
    }

    private static async Task<List<Article>> ReadArticlesAsync(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyCollection<string>? ids, CancellationToken cancellationToken)
    {
        var articles = await ReadFilteredAsync(
            connection,
            transaction,
            "SELECT id, url, title, source, published_at, content_hash, ingested_at FROM articles WHERE 1 = 1",
            "id",
            ids,
            r => new Article(
                r.GetString(0),
                r.IsDBNull(1) ? null : r.GetString(1),
                r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : StoreText.ParseTime(r.GetString(4)),
                r.GetString(5),
                StoreText.ParseTime(r.GetString(6))),
            cancellationToken).ConfigureAwait(false);
        articles.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return articles;
    }

    private static async Task<List<EntityNode>> ReadEntitiesAsync(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyCollection<EntityId>? ids, CancellationToken cancellationToken)
    {
        var values = ids?.Select(i => i.Value).ToList();
        var rows = await ReadFilteredAsync(connection, transaction, "SELECT id, name, type, aliases FROM entities WHERE 1 = 1", "id", values, r => (Id: r.GetString(0), Name: r.GetString(1), Type: r.GetString(2), Aliases: StoreText.ParseList(r.GetString(3))), cancellationToken).ConfigureAwait(false);
        var seen = (await ReadFilteredAsync(
            connection,
            transaction,
            "SELECT d.entity_id, MIN(COALESCE(a.published_at, a.ingested_at)), MAX(COALESCE(a.published_at, a.ingested_at)), (SELECT COUNT(*) FROM mentions m JOIN drafts x ON x.article_id = m.article_id AND x.draft = m.draft WHERE x.entity_id = d.entity_id) FROM drafts d JOIN articles a ON a.id = d.article_id WHERE d.entity_id IS NOT NULL",
            "d.entity_id",
            values,
            r => (Id: r.GetString(0), First: r.GetString(1), Last: r.GetString(2), Mentions: r.GetInt32(3)),
            cancellationToken,
            groupBy: "d.entity_id").ConfigureAwait(false)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var entities = new List<EntityNode>(rows.Count);
        foreach (var row in rows.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            if (GraphVocabulary.TryParseLabel(row.Type, out var kind) && seen.TryGetValue(row.Id, out var when))
            {
                entities.Add(new EntityNode(new EntityId(row.Id), row.Name, kind, row.Aliases, when.Mentions, StoreText.ParseTime(when.First), StoreText.ParseTime(when.Last)));
            }
        }

        return entities;
    }

    private static async Task<List<MentionEdge>> ReadMentionEdgesAsync(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyCollection<string>? articles, CancellationToken cancellationToken)
    {
        var rows = await ReadFilteredAsync(connection, transaction, MentionsOfEntities, "m.article_id", articles, r => (Article: r.GetString(0), Entity: r.GetString(1), Start: r.GetInt32(2), End: r.GetInt32(3)), cancellationToken).ConfigureAwait(false);
        return [.. rows
            .GroupBy(r => (r.Article, r.Entity))
            .OrderBy(g => g.Key.Article, StringComparer.Ordinal).ThenBy(g => g.Key.Entity, StringComparer.Ordinal)
            .Select(g =>
            {
                var spans = g.OrderBy(r => r.Start).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Start}-{r.End}")).ToList();
                return new MentionEdge(g.Key.Article, new EntityId(g.Key.Entity), spans.Count, spans);
            })];
    }

    private static async Task<List<RelationEdge>> ReadRelationsAsync(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyCollection<RelationKey>? keys, CancellationToken cancellationToken)
    {
        if (keys is { Count: 0 })
        {
            return [];
        }

        var wanted = keys?.Select(k => (k.Source.Value, k.Target.Value, GraphVocabulary.RelationType(k.Type))).ToHashSet();
        var entities = keys?.SelectMany(k => new[] { k.Source.Value, k.Target.Value }).ToList();
        const string Select = """
            SELECT s.entity_id, t.entity_id, e.type, e.article_id, e.start, e."end", e.sentence, e.confidence, e.extractor, e.date, COALESCE(a.published_at, a.ingested_at)
            FROM evidence e
            JOIN drafts s ON s.article_id = e.article_id AND s.draft = e.source_draft
            JOIN drafts t ON t.article_id = e.article_id AND t.draft = e.target_draft
            JOIN articles a ON a.id = e.article_id
            WHERE s.entity_id IS NOT NULL AND t.entity_id IS NOT NULL AND s.entity_id <> t.entity_id
            """;
        var rows = await ReadFilteredAsync(
            connection,
            transaction,
            Select,
            "s.entity_id",
            entities,
            r => (Source: r.GetString(0), Target: r.GetString(1), Type: r.GetString(2), Evidence: new Evidence(r.GetString(3), r.GetString(6), r.GetInt32(4), r.GetInt32(5), r.GetDouble(7), r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9)), Seen: r.GetString(10)),
            cancellationToken).ConfigureAwait(false);
        var edges = new List<RelationEdge>();
        foreach (var group in rows
            .Select(r => (r.Source, r.Target, Type: RelationSignature.ConformType(r.Type, r.Source, r.Target), r.Evidence, r.Seen))
            .Where(r => r.Type is not null && (wanted is null || wanted.Contains((r.Source, r.Target, r.Type))))
            .GroupBy(r => (r.Source, r.Target, Type: r.Type!))
            .OrderBy(g => g.Key.Source, StringComparer.Ordinal).ThenBy(g => g.Key.Target, StringComparer.Ordinal).ThenBy(g => g.Key.Type, StringComparer.Ordinal))
        {
            if (!GraphVocabulary.TryParseRelationType(group.Key.Type, out var kind))
            {
                continue;
            }

            // One sentence of one article is one piece of evidence, even when two of its drafts became one entity.
            var evidence = group
                .GroupBy(r => (r.Evidence.Article, r.Evidence.Start))
                .Select(g => g.Select(r => r.Evidence).Aggregate((best, next) => next.Confidence > best.Confidence ? next : best))
                .OrderBy(e => e.Article, StringComparer.Ordinal).ThenBy(e => e.Start)
                .ToList();
            var confidence = 1 - evidence.Aggregate(1.0, (product, e) => product * (1 - e.Confidence));
            edges.Add(new RelationEdge(
                new EntityId(group.Key.Source),
                new EntityId(group.Key.Target),
                kind,
                Math.Clamp(confidence, 0, 1),
                evidence.Count,
                [.. evidence.Select(e => e.Article).Distinct().Order(StringComparer.Ordinal)],
                evidence,
                StoreText.ParseTime(group.Min(r => r.Seen)!),
                StoreText.ParseTime(group.Max(r => r.Seen)!)));
        }

        return edges;
    }

    private static async Task<List<CoMentionEdge>> ReadCoMentionsAsync(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyCollection<(EntityId Source, EntityId Target)>? pairs, CancellationToken cancellationToken)
    {
        if (pairs is { Count: 0 })
        {
            return [];
        }

        var wanted = pairs?.Select(p => (p.Source.Value, p.Target.Value)).ToHashSet();
        const string Select = """
            SELECT MIN(s.entity_id, t.entity_id), MAX(s.entity_id, t.entity_id), c.article_id, c.count FROM co_mentions c
            JOIN drafts s ON s.article_id = c.article_id AND s.draft = c.source_draft
            JOIN drafts t ON t.article_id = c.article_id AND t.draft = c.target_draft
            WHERE s.entity_id IS NOT NULL AND t.entity_id IS NOT NULL AND s.entity_id <> t.entity_id
            """;
        var rows = await ReadFilteredAsync(connection, transaction, Select, "MIN(s.entity_id, t.entity_id)", pairs?.Select(p => p.Source.Value).ToList(), r => (Source: r.GetString(0), Target: r.GetString(1), Article: r.GetString(2), Count: r.GetInt32(3)), cancellationToken).ConfigureAwait(false);
        return [.. rows
            .Where(r => wanted is null || wanted.Contains((r.Source, r.Target)))
            .GroupBy(r => (r.Source, r.Target))
            .OrderBy(g => g.Key.Source, StringComparer.Ordinal).ThenBy(g => g.Key.Target, StringComparer.Ordinal)
            .Select(g => new CoMentionEdge(new EntityId(g.Key.Source), new EntityId(g.Key.Target), g.Sum(r => r.Count), [.. g.Select(r => r.Article).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))];
    }

    private static async Task<List<T>> ReadFilteredAsync<T>(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string select,
        string filterColumn,
        IReadOnlyCollection<string>? filter,
        Func<SqliteDataReader, T> read,
        CancellationToken cancellationToken,
        string? groupBy = null)
    {
        if (filter is { Count: 0 })
        {
            return [];
        }

        // Without a filter one query reads all; with one, the filter goes in chunks under SQLite's parameter limit.
        var rows = new List<T>();
        IEnumerable<string[]?> chunks = filter is null ? [null] : filter.Distinct(StringComparer.Ordinal).Chunk(500).Select(c => (string[]?)c);
        foreach (var chunk in chunks)
        {
            var sql = select;
            (string, object)[] parameters = [];
            if (chunk is not null)
            {
                var (list, inParameters) = SqliteSql.InList("$f", chunk);
                sql += $" AND {filterColumn} IN ({list})";
                parameters = inParameters;
            }

            if (groupBy is not null)
            {
                sql += " GROUP BY " + groupBy;
            }

#pragma warning disable CA2100 // The statements are constants of this class; values go in parameters.
            rows.AddRange(await SqliteSql.ReadAllAsync(connection, transaction, sql, read, cancellationToken, parameters).ConfigureAwait(false));
#pragma warning restore CA2100
        }

        return rows;
    }
}
