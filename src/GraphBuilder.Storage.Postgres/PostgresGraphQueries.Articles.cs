using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Queries;
using GraphBuilder.Graph.Storage.Relational;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// An article as the store keeps it: its node, the sentences that name an entity, their mentions and its evidence.
/// </summary>
internal sealed partial class PostgresGraphQueries
{
    /// <summary>The most sentences an article answer carries; the store keeps only those that name an entity.</summary>
    private const int ArticleSentences = 2_000;

    /// <inheritdoc/>
    public async Task<ArticleView?> ReadArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var connection = await store.Database.OpenReadOnlyAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var articles = await PgSql.ReadAllAsync(
                connection,
                null,
                "SELECT id, url, title, source, published_at, content_hash, ingested_at FROM articles WHERE id = @id",
                r => new Article(
                    r.GetString(0),
                    r.IsDBNull(1) ? null : r.GetString(1),
                    r.IsDBNull(2) ? null : r.GetString(2),
                    r.IsDBNull(3) ? null : r.GetString(3),
                    r.IsDBNull(4) ? null : StoreText.ParseTime(r.GetString(4)),
                    r.GetString(5),
                    StoreText.ParseTime(r.GetString(6))),
                cancellationToken,
                ("id", id)).ConfigureAwait(false);
            if (articles.Count == 0)
            {
                return null;
            }

            var sentences = await PgSql.ReadAllAsync(
                connection,
                null,
                "SELECT sentence, start, \"end\", text FROM sentences WHERE article_id = @id ORDER BY sentence LIMIT @cap",
                r => new ArticleSentence(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3)),
                cancellationToken,
                ("id", id),
                ("cap", ArticleSentences + 1)).ConfigureAwait(false);
            var truncated = sentences.Count > ArticleSentences;
            var last = truncated ? sentences[ArticleSentences - 1].Index : int.MaxValue;
            var mentions = await PgSql.ReadAllAsync(
                connection,
                null,
                """
                SELECT m.start, m."end", m.sentence, m.text, e.id, e.name, e.type FROM mentions m
                JOIN drafts d ON d.article_id = m.article_id AND d.draft = m.draft
                JOIN entities e ON e.id = d.entity_id
                WHERE m.article_id = @id AND m.sentence <= @last
                ORDER BY m.start, m."end"
                """,
                r => new ArticleMention(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), new EntityReference(new EntityId(r.GetString(4)), r.GetString(5), Kind(r.GetString(6)))),
                cancellationToken,
                ("id", id),
                ("last", last)).ConfigureAwait(false);
            var relations = await ReadArticleRelationsAsync(connection, id, cancellationToken).ConfigureAwait(false);
            return new ArticleView(articles[0], truncated ? sentences[..ArticleSentences] : sentences, mentions, relations, truncated);
        }
    }

    private static async Task<List<ArticleRelation>> ReadArticleRelationsAsync(Npgsql.NpgsqlConnection connection, string id, CancellationToken cancellationToken)
    {
        var rows = await PgSql.ReadAllAsync(
            connection,
            null,
            """
            SELECT s.entity_id, t.entity_id, e.type, e.start, e."end", e.sentence, e.confidence, e.extractor, e.date FROM evidence e
            JOIN drafts s ON s.article_id = e.article_id AND s.draft = e.source_draft
            JOIN drafts t ON t.article_id = e.article_id AND t.draft = e.target_draft
            WHERE e.article_id = @id AND s.entity_id IS NOT NULL AND t.entity_id IS NOT NULL AND s.entity_id <> t.entity_id
            ORDER BY e.start, e.type
            LIMIT @cap
            """,
            r => (Source: r.GetString(0), Target: r.GetString(1), Type: r.GetString(2), Evidence: new Evidence(id, r.GetString(5), r.GetInt32(3), r.GetInt32(4), r.GetDouble(6), r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8))),
            cancellationToken,
            ("id", id),
            ("cap", EvidenceRows)).ConfigureAwait(false);
        var names = await ReadReferencesAsync(connection, rows.SelectMany(r => new[] { r.Source, r.Target }), cancellationToken).ConfigureAwait(false);
        return [.. rows
            .Where(r => names.ContainsKey(r.Source) && names.ContainsKey(r.Target))
            .Select(r => RelationSignature.TryConform(r.Type, new EntityId(r.Source), new EntityId(r.Target), out var kind) ? new ArticleRelation(names[r.Source], names[r.Target], kind, r.Evidence) : null)
            .OfType<ArticleRelation>()
            .DistinctBy(r => (r.Source.Id, r.Target.Id, r.Type, r.Evidence.Start))];
    }
}
