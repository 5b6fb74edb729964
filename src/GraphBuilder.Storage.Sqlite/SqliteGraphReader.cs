using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Reads the graph: aggregates are computed from the articles' own facts, so they are always consistent. Also the
/// catalog resolution looks entities up in by key.
/// </summary>
internal sealed class SqliteGraphReader(SqliteDatabase database) : IGraphReader, IEntityCatalog
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new List<KnownEntity>();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var chunk in keys.Chunk(500))
            {
                var (inList, parameters) = SqliteSql.InList("$k", chunk);
                using var command = SqliteSql.Command(
                    connection,
                    null,
                    $"SELECT k.key, e.id, e.type, e.name FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key IN ({inList})",
                    parameters);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        if (GraphVocabulary.TryParseLabel(reader.GetString(2), out var kind))
                        {
                            found.Add(new KnownEntity(new EntityId(reader.GetString(1)), kind, reader.GetString(3), reader.GetString(0)));
                        }
                    }
                }
            }
        }

        return found;
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
                    await ReadMentionsAsync(connection, transaction, null, cancellationToken).ConfigureAwait(false),
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
                var mentions = await ReadMentionsAsync(connection, transaction, changes.Articles, cancellationToken).ConfigureAwait(false);
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
            async Task<Dictionary<string, int>> GroupAsync(string sql)
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                using var command = SqliteSql.Command(connection, null, sql);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        counts[reader.GetString(0)] = reader.GetInt32(1);
                    }
                }

                return counts;
            }

            async Task<int> CountAsync(string sql)
            {
                using var command = SqliteSql.Command(connection, null, sql);
                return Convert.ToInt32(
                    await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false),
                    System.Globalization.CultureInfo.InvariantCulture);
            }

            var byType = await GroupAsync("SELECT type, COUNT(*) FROM entities GROUP BY type ORDER BY type").ConfigureAwait(false);
            var relationsByType = await GroupAsync(
                "SELECT type, COUNT(*) FROM (SELECT DISTINCT source_id, target_id, type FROM evidence) GROUP BY type ORDER BY type").ConfigureAwait(false);
            var ledger = (await GroupAsync("SELECT status, COUNT(*) FROM ledger GROUP BY status").ConfigureAwait(false))
                .Where(p => Enum.TryParse<ArticleStatus>(p.Key, ignoreCase: true, out _))
                .ToDictionary(p => Enum.Parse<ArticleStatus>(p.Key, ignoreCase: true), p => p.Value);

            var topIds = new List<EntityId>();
            using (var command = SqliteSql.Command(
                connection,
                null,
                "SELECT entity_id FROM mentions GROUP BY entity_id ORDER BY COUNT(*) DESC, entity_id LIMIT $top",
                ("$top", top)))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        topIds.Add(new EntityId(reader.GetString(0)));
                    }
                }
            }

            var topEntities = (await ReadEntitiesAsync(connection, null, topIds, cancellationToken).ConfigureAwait(false))
                .OrderByDescending(e => e.MentionCount).ThenBy(e => e.Id).ToList();
            return new GraphStatistics(
                await CountAsync("SELECT COUNT(*) FROM articles").ConfigureAwait(false),
                await CountAsync("SELECT COUNT(*) FROM entities").ConfigureAwait(false),
                relationsByType.Values.Sum(),
                await CountAsync("SELECT COUNT(*) FROM (SELECT DISTINCT source_id, target_id FROM co_mentions)").ConfigureAwait(false),
                byType,
                relationsByType,
                ledger,
                topEntities);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<(string Article, ResolutionDecision Decision)>> ReadDecisionsAsync(
        EntityId entity,
        CancellationToken cancellationToken = default)
    {
        var decisions = new List<(string, ResolutionDecision)>();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteSql.Command(
                connection,
                null,
                "SELECT d.article_id, d.name, d.rule, d.detail FROM decisions d JOIN articles a ON a.id = d.article_id "
                + "WHERE d.entity_id = $id ORDER BY a.ingested_at, d.article_id, d.seq",
                ("$id", entity.Value));
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    decisions.Add((reader.GetString(0), new ResolutionDecision(entity, reader.GetString(1), reader.GetString(2), reader.GetString(3))));
                }
            }
        }

        return decisions;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<EntityMentionInContext>> ReadMentionsAsync(EntityId entity, CancellationToken cancellationToken = default)
    {
        var mentions = new List<EntityMentionInContext>();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteSql.Command(
                connection,
                null,
                "SELECT m.article_id, a.title, m.text, m.start, m.\"end\", s.text FROM mentions m JOIN articles a ON a.id = m.article_id "
                + "LEFT JOIN sentences s ON s.article_id = m.article_id AND s.sentence = m.sentence "
                + "WHERE m.entity_id = $id ORDER BY COALESCE(a.published_at, a.ingested_at), m.article_id, m.start",
                ("$id", entity.Value));
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    mentions.Add(new EntityMentionInContext(
                        reader.GetString(0),
                        reader.IsDBNull(1) ? null : reader.GetString(1),
                        reader.GetString(2),
                        reader.GetInt32(3),
                        reader.GetInt32(4),
                        reader.IsDBNull(5) ? null : reader.GetString(5)));
                }
            }
        }

        return mentions;
    }

    private static async Task<List<Article>> ReadArticlesAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        IReadOnlyCollection<string>? ids,
        CancellationToken cancellationToken)
    {
        const string Select = "SELECT id, url, title, source, published_at, content_hash, ingested_at FROM articles";
        var articles = new List<Article>();
        await foreach (var reader in QueryAsync(connection, transaction, Select, "id", ids, "id", cancellationToken).ConfigureAwait(false))
        {
            articles.Add(new Article(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : StoreText.ParseTime(reader.GetString(4)),
                reader.GetString(5),
                StoreText.ParseTime(reader.GetString(6))));
        }

        articles.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return articles;
    }

    private static async Task<List<EntityNode>> ReadEntitiesAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        IReadOnlyCollection<EntityId>? ids,
        CancellationToken cancellationToken)
    {
        var idValues = ids?.Select(i => i.Value).ToList();
        var rows = new Dictionary<string, (string Name, string Type, SortedSet<string> Aliases, int Mentions, string? First, string? Last)>(
            StringComparer.Ordinal);
        await foreach (var reader in QueryAsync(connection, transaction, "SELECT id, name, type FROM entities", "id", idValues, "id", cancellationToken)
            .ConfigureAwait(false))
        {
            rows[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2), new SortedSet<string>(StringComparer.Ordinal), 0, null, null);
        }

        const string Seen = "SELECT ae.entity_id, ae.name, ae.aliases, COALESCE(a.published_at, a.ingested_at) "
            + "FROM article_entities ae JOIN articles a ON a.id = ae.article_id";
        await foreach (var reader in QueryAsync(connection, transaction, Seen, "ae.entity_id", idValues, "ae.entity_id", cancellationToken)
            .ConfigureAwait(false))
        {
            if (!rows.TryGetValue(reader.GetString(0), out var row))
            {
                continue;
            }

            row.Aliases.Add(reader.GetString(1));
            row.Aliases.UnionWith(StoreText.ParseList(reader.GetString(2)));
            var seen = reader.GetString(3);
            row.First = row.First is null || string.CompareOrdinal(seen, row.First) < 0 ? seen : row.First;
            row.Last = row.Last is null || string.CompareOrdinal(seen, row.Last) > 0 ? seen : row.Last;
            rows[reader.GetString(0)] = row;
        }

        const string Counts = "SELECT entity_id, COUNT(*) FROM mentions";
        await foreach (var reader in QueryAsync(connection, transaction, Counts, "entity_id", idValues, "entity_id", cancellationToken, groupBy: "entity_id")
            .ConfigureAwait(false))
        {
            if (rows.TryGetValue(reader.GetString(0), out var row))
            {
                row.Mentions = reader.GetInt32(1);
                rows[reader.GetString(0)] = row;
            }
        }

        var entities = new List<EntityNode>(rows.Count);
        foreach (var (id, row) in rows.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!GraphVocabulary.TryParseLabel(row.Type, out var kind) || row.First is null || row.Last is null)
            {
                continue;
            }

            row.Aliases.Remove(row.Name);
            entities.Add(new EntityNode(
                new EntityId(id),
                row.Name,
                kind,
                [.. row.Aliases],
                row.Mentions,
                StoreText.ParseTime(row.First),
                StoreText.ParseTime(row.Last)));
        }

        return entities;
    }

    private static async Task<List<MentionEdge>> ReadMentionsAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        IReadOnlyCollection<string>? articles,
        CancellationToken cancellationToken)
    {
        var edges = new List<MentionEdge>();
        (string Article, string Entity)? current = null;
        var spans = new List<string>();
        void Flush()
        {
            if (current is { } c)
            {
                edges.Add(new MentionEdge(c.Article, new EntityId(c.Entity), spans.Count, [.. spans]));
            }

            spans.Clear();
        }

        const string Select = "SELECT article_id, entity_id, start, \"end\" FROM mentions";
        await foreach (var reader in QueryAsync(connection, transaction, Select, "article_id", articles, "article_id, entity_id, start", cancellationToken)
            .ConfigureAwait(false))
        {
            var key = (reader.GetString(0), reader.GetString(1));
            if (current != key)
            {
                Flush();
                current = key;
            }

            spans.Add(string.Concat(
                reader.GetInt32(2).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-",
                reader.GetInt32(3).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Flush();
        return edges;
    }

    private static async Task<List<RelationEdge>> ReadRelationsAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        IReadOnlyCollection<RelationKey>? keys,
        CancellationToken cancellationToken)
    {
        var edges = new List<RelationEdge>();
        if (keys is { Count: 0 })
        {
            return edges;
        }

        var (where, parameters) = RelationFilter(keys);
        var sql = "SELECT ev.source_id, ev.target_id, ev.type, ev.article_id, ev.start, ev.\"end\", ev.sentence, ev.confidence, ev.extractor, ev.date, "
            + "COALESCE(a.published_at, a.ingested_at) FROM evidence ev JOIN articles a ON a.id = ev.article_id"
            + where + " ORDER BY ev.source_id, ev.target_id, ev.type, ev.article_id, ev.start";
        using var command = SqliteSql.Command(connection, transaction, sql, [.. parameters]);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            (string, string, string)? current = null;
            var evidence = new List<Evidence>();
            string? first = null, last = null;
            void Flush()
            {
                if (current is { } c && GraphVocabulary.TryParseRelationType(c.Item3, out var kind) && first is not null && last is not null)
                {
                    var confidence = 1 - evidence.Aggregate(1.0, (product, e) => product * (1 - e.Confidence));
                    edges.Add(new RelationEdge(
                        new EntityId(c.Item1),
                        new EntityId(c.Item2),
                        kind,
                        Math.Clamp(confidence, 0, 1),
                        evidence.Count,
                        [.. evidence.Select(e => e.Article).Distinct().Order(StringComparer.Ordinal)],
                        [.. evidence],
                        StoreText.ParseTime(first),
                        StoreText.ParseTime(last)));
                }

                evidence.Clear();
                first = last = null;
            }

            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
                if (current != key)
                {
                    Flush();
                    current = key;
                }

                evidence.Add(new Evidence(
                    reader.GetString(3),
                    reader.GetString(6),
                    reader.GetInt32(4),
                    reader.GetInt32(5),
                    reader.GetDouble(7),
                    reader.GetString(8),
                    reader.IsDBNull(9) ? null : reader.GetString(9)));
                var seen = reader.GetString(10);
                first = first is null || string.CompareOrdinal(seen, first) < 0 ? seen : first;
                last = last is null || string.CompareOrdinal(seen, last) > 0 ? seen : last;
            }

            Flush();
        }

        return edges;
    }

    /// <summary>The WHERE clause and its parameters that limit the evidence read to <paramref name="keys"/> (none for all).</summary>
    private static (string Where, List<(string, object)> Parameters) RelationFilter(IReadOnlyCollection<RelationKey>? keys)
    {
        var parameters = new List<(string, object)>();
        var where = string.Empty;
        if (keys is not null)
        {
            var tuples = new List<string>();
            var i = 0;
            foreach (var key in keys)
            {
                tuples.Add($"($s{i}, $t{i}, $y{i})");
                parameters.Add(($"$s{i}", key.Source.Value));
                parameters.Add(($"$t{i}", key.Target.Value));
                parameters.Add(($"$y{i}", GraphVocabulary.RelationType(key.Type)));
                i++;
            }

            where = " WHERE (ev.source_id, ev.target_id, ev.type) IN (VALUES " + string.Join(", ", tuples) + ")";
        }

        return (where, parameters);
    }

    private static async Task<List<CoMentionEdge>> ReadCoMentionsAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        IReadOnlyCollection<(EntityId Source, EntityId Target)>? pairs,
        CancellationToken cancellationToken)
    {
        var edges = new List<CoMentionEdge>();
        if (pairs is { Count: 0 })
        {
            return edges;
        }

        var parameters = new List<(string, object)>();
        var where = string.Empty;
        if (pairs is not null)
        {
            var tuples = new List<string>();
            var i = 0;
            foreach (var (source, target) in pairs)
            {
                tuples.Add($"($s{i}, $t{i})");
                parameters.Add(($"$s{i}", source.Value));
                parameters.Add(($"$t{i}", target.Value));
                i++;
            }

            where = " WHERE (source_id, target_id) IN (VALUES " + string.Join(", ", tuples) + ")";
        }

        using var command = SqliteSql.Command(
            connection,
            transaction,
            "SELECT source_id, target_id, article_id, count FROM co_mentions" + where + " ORDER BY source_id, target_id, article_id",
            [.. parameters]);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            (string, string)? current = null;
            var articles = new List<string>();
            var count = 0;
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = (reader.GetString(0), reader.GetString(1));
                if (current != key)
                {
                    if (current is { } c)
                    {
                        edges.Add(new CoMentionEdge(new EntityId(c.Item1), new EntityId(c.Item2), count, [.. articles]));
                    }

                    current = key;
                    articles.Clear();
                    count = 0;
                }

                articles.Add(reader.GetString(2));
                count += reader.GetInt32(3);
            }

            if (current is { } last)
            {
                edges.Add(new CoMentionEdge(new EntityId(last.Item1), new EntityId(last.Item2), count, [.. articles]));
            }
        }

        return edges;
    }

    private static async IAsyncEnumerable<SqliteDataReader> QueryAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string select,
        string filterColumn,
        IReadOnlyCollection<string>? filter,
        string orderBy,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken,
        string? groupBy = null)
    {
        if (filter is { Count: 0 })
        {
            yield break;
        }

        // Without a filter one query reads all; with one, the filter goes in chunks under SQLite's parameter limit.
        IEnumerable<string[]?> chunks = filter is null ? new string[]?[] { null } : filter.Distinct().Chunk(500).Select(c => (string[]?)c);
        foreach (var chunk in chunks)
        {
            var sql = select;
            (string, object)[] parameters = [];
            if (chunk is not null)
            {
                var (inList, inParameters) = SqliteSql.InList("$f", chunk);
                sql += $" WHERE {filterColumn} IN ({inList})";
                parameters = inParameters;
            }

            if (groupBy is not null)
            {
                sql += " GROUP BY " + groupBy;
            }

            sql += " ORDER BY " + orderBy;
            using var command = SqliteSql.Command(connection, transaction, sql, parameters);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return reader;
                }
            }
        }
    }
}
