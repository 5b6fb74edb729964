using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Queries;
using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// An entity with a page of its relations, and its neighbourhood.
/// </summary>
internal sealed partial class PostgresGraphQueries
{
    /// <summary>The most pieces of evidence an entity's relation carries in an answer (its count stays the full count).</summary>
    private const int EvidencePerRelation = 5;

    /// <summary>The most evidence rows one answer reads; an entity named in more sentences is answered from these.</summary>
    private const int EvidenceRows = 20_000;

    /// <inheritdoc/>
    public async Task<EntityView?> ReadEntityAsync(EntityId id, PageRequest relations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relations);
        var connection = await store.Database.OpenReadOnlyAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            if (await FindEntityAsync(connection, id, cancellationToken).ConfigureAwait(false) is not { } current)
            {
                return null;
            }

            var node = await ReadNodeAsync(connection, current, cancellationToken).ConfigureAwait(false);
            if (node is null)
            {
                return null;
            }

            var rows = await ReadEvidenceAsync(connection, [current], withText: true, cancellationToken).ConfigureAwait(false);
            var edges = EvidenceAggregation.Relations(rows, EvidencePerRelation)
                .OrderBy(r => GraphVocabulary.RelationType(r.Type), StringComparer.Ordinal)
                .ThenByDescending(r => r.Confidence).ThenByDescending(r => r.Count).ThenBy(r => r.Source).ThenBy(r => r.Target)
                .Skip(relations.Offset)
                .Take(relations.Limit + 1)
                .ToList();
            var hasMore = edges.Count > relations.Limit;
            var page = hasMore ? edges[..relations.Limit] : edges;
            var related = await ReadReferencesAsync(connection, page.SelectMany(r => new[] { r.Source.Value, r.Target.Value }), cancellationToken).ConfigureAwait(false);
            return new EntityView(
                node,
                current == id.Value ? null : id,
                new ResultPage<RelationEdge>(page, relations.Offset, hasMore),
                [.. related.Values.OrderBy(r => r.Id)],
                await ReadNamesAsync(connection, page, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>Where the ends of each relation are named within its evidence sentences: one read per article.</summary>
    private static async Task<List<NamedSpan>> ReadNamesAsync(NpgsqlConnection connection, List<RelationEdge> relations, CancellationToken cancellationToken)
    {
        var names = new List<NamedSpan>();
        var byArticle = relations
            .SelectMany(r => r.Evidence.Select(e => (Evidence: e, r.Source, r.Target)))
            .GroupBy(x => x.Evidence.Article, StringComparer.Ordinal);
        foreach (var article in byArticle)
        {
            var entities = article.SelectMany(x => new[] { x.Source.Value, x.Target.Value }).Distinct(StringComparer.Ordinal).ToList();
            var (list, parameters) = PgSql.InList("e", entities);
#pragma warning disable CA2100 // The statement is a constant; the values go in parameters.
            var spans = await PgSql.ReadAllAsync(
                connection,
                null,
                $"SELECT d.entity_id, m.start, m.\"end\" FROM mentions m JOIN drafts d ON d.article_id = m.article_id AND d.draft = m.draft WHERE m.article_id = @article AND d.entity_id IN ({list})",
                r => new NamedSpan(article.Key, new EntityId(r.GetString(0)), r.GetInt32(1), r.GetInt32(2)),
                cancellationToken,
                [.. parameters, ("article", article.Key)]).ConfigureAwait(false);
#pragma warning restore CA2100
            names.AddRange(spans.Where(s => article.Any(x =>
                s.Start >= x.Evidence.Start && s.End <= x.Evidence.End && (s.Entity == x.Source || s.Entity == x.Target))));
        }

        return [.. names.Distinct().OrderBy(n => n.Article, StringComparer.Ordinal).ThenBy(n => n.Start)];
    }

    /// <summary>The id an entity has now: the id itself, or where its redirects lead; null when neither exists.</summary>
    private static async Task<string?> FindEntityAsync(NpgsqlConnection connection, EntityId id, CancellationToken cancellationToken)
    {
        var exists = await PgSql.ReadAllAsync(connection, null, "SELECT id FROM entities WHERE id = @id", r => r.GetString(0), cancellationToken, ("id", id.Value)).ConfigureAwait(false);
        if (exists.Count > 0)
        {
            return exists[0];
        }

        var now = await FollowRedirectsAsync(connection, id.Value, cancellationToken).ConfigureAwait(false);
        return now is null ? null : (await PgSql.ReadAllAsync(connection, null, "SELECT id FROM entities WHERE id = @id", r => r.GetString(0), cancellationToken, ("id", now)).ConfigureAwait(false)).FirstOrDefault();
    }

    private static async Task<EntityNode?> ReadNodeAsync(NpgsqlConnection connection, string id, CancellationToken cancellationToken)
    {
        var rows = await PgSql.ReadAllAsync(
            connection,
            null,
            """
            SELECT e.name, e.type, e.aliases,
                   (SELECT MIN(COALESCE(a.published_at, a.ingested_at)) FROM drafts d JOIN articles a ON a.id = d.article_id WHERE d.entity_id = e.id),
                   (SELECT MAX(COALESCE(a.published_at, a.ingested_at)) FROM drafts d JOIN articles a ON a.id = d.article_id WHERE d.entity_id = e.id),
                   (SELECT COUNT(*)::int FROM drafts d JOIN mentions m ON m.article_id = d.article_id AND m.draft = d.draft WHERE d.entity_id = e.id)
            FROM entities e WHERE e.id = @id
            """,
            r => r.IsDBNull(3)
                ? null
                : new EntityNode(new EntityId(id), r.GetString(0), Kind(r.GetString(1)), StoreText.ParseList(r.GetString(2)), r.GetInt32(5), StoreText.ParseTime(r.GetString(3)), StoreText.ParseTime(r.GetString(4))),
            cancellationToken,
            ("id", id)).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    /// <summary>Reads the evidence of relations any of the entities takes part in, at most <see cref="EvidenceRows"/> rows.</summary>
    private static async Task<List<EvidenceRow>> ReadEvidenceAsync(NpgsqlConnection connection, List<string> entities, bool withText, CancellationToken cancellationToken)
    {
        var rows = new List<EvidenceRow>();
        foreach (var chunk in entities.Distinct(StringComparer.Ordinal).Chunk(400))
        {
            var (list, parameters) = PgSql.InList("x", chunk);
            var text = withText ? "e.sentence, e.confidence, e.extractor" : "'', e.confidence, ''";
            var sql = $"""
                SELECT DISTINCT s.entity_id, t.entity_id, e.type, e.article_id, e.start, e."end", {text}, e.date, COALESCE(a.published_at, a.ingested_at)
                FROM drafts x
                JOIN evidence e ON e.article_id = x.article_id AND (e.source_draft = x.draft OR e.target_draft = x.draft)
                JOIN drafts s ON s.article_id = e.article_id AND s.draft = e.source_draft
                JOIN drafts t ON t.article_id = e.article_id AND t.draft = e.target_draft
                JOIN articles a ON a.id = e.article_id
                WHERE x.entity_id IN ({list}) AND s.entity_id IS NOT NULL AND t.entity_id IS NOT NULL AND s.entity_id <> t.entity_id
                LIMIT {EvidenceRows - rows.Count}
                """;
            rows.AddRange((await PgSql.ReadAllAsync(
                connection,
                null,
                sql,
                r => EvidenceRow.Fitted(
                    r.GetString(0),
                    r.GetString(1),
                    r.GetString(2),
                    new Evidence(r.GetString(3), r.GetString(6), r.GetInt32(4), r.GetInt32(5), r.GetDouble(7), r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9)),
                    StoreText.ParseTime(r.GetString(10))),
                cancellationToken,
                parameters).ConfigureAwait(false)).OfType<EvidenceRow>());
            if (rows.Count >= EvidenceRows)
            {
                break;
            }
        }

        return rows;
    }
}
